import type { Catalog } from '../catalog';
import type { KeywordRules } from './keyword-rules';

/**
 * Starting keywords, French and English, for the tasks of the default catalog (SPEC §3).
 * Singular forms suffice: matching ignores case and accents and accepts a plural s or x.
 */
export const DEFAULT_KEYWORD_RULES: KeywordRules = [
  {
    code: 'MAIL',
    keywords: ['mail', 'email', 'e-mail', 'courriel', 'messagerie', 'boîte de réception', 'inbox'],
  },
  {
    code: 'REU',
    keywords: [
      'réunion',
      'meeting',
      'compte rendu',
      'CR',
      'point',
      'comité',
      'copil',
      'codir',
      'ordre du jour',
      'visio',
      'call',
      'sync',
      'rendez-vous',
      'rdv',
    ],
  },
  {
    code: 'ADM',
    keywords: [
      'reporting',
      'budget',
      'note de frais',
      'expense',
      'congé',
      'validation',
      'approbation',
      'approval',
      'facture',
      'invoice',
      'KPI',
      'tableau de bord',
      'dashboard',
    ],
  },
  {
    code: 'VEIL',
    keywords: [
      'veille',
      'salon',
      'trade show',
      'webinar',
      'webinaire',
      'conférence',
      'conference',
      'concurrence',
      'concurrent',
      'competitor',
      'tendance',
      'trend',
      'benchmark',
      'étude de marché',
      'market research',
    ],
  },
  {
    code: 'OPE',
    keywords: [
      'relance',
      'suivi',
      'follow-up',
      'reminder',
      'campagne',
      'campaign',
      'brief',
      'dossier',
      'lancement',
      'launch',
      'emailing',
      'newsletter',
      'BAT',
    ],
  },
  {
    code: 'MGT',
    keywords: [
      '1:1',
      'one-to-one',
      'one-on-one',
      'point individuel',
      'entretien',
      'équipe',
      'team',
      'recrutement',
      'recruitment',
      'onboarding',
      'feedback',
    ],
  },
  {
    code: 'STRAT',
    keywords: [
      'stratégie',
      'strategy',
      'stratégique',
      'strategic',
      'plan',
      'roadmap',
      'feuille de route',
      'budget annuel',
      'annual budget',
      'planification',
      'séminaire',
      'offsite',
      'positionnement',
      'positioning',
      'OKR',
    ],
  },
  {
    code: 'CRISE',
    keywords: [
      'crise',
      'crisis',
      'urgence',
      'urgent',
      'incident',
      'bad buzz',
      'rappel produit',
      'product recall',
      'escalade',
      'escalation',
    ],
  },
];

/** The default keywords of the tasks that the catalog still has, e.g. for a trimmed catalog. */
export function defaultKeywordRules(catalog: Catalog): KeywordRules {
  return DEFAULT_KEYWORD_RULES.filter((rule) => catalog.some((task) => task.code === rule.code));
}
