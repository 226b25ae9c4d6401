import type { Language, LocalizedMessage } from '../core/errors';
import { MIN_WEEKS_PER_SIDE } from '../core/measured-gain';

/** Words both dashboards use (the tracking one and the team one). */
export const DASHBOARD_WORDS = {
  week: { fr: 'Semaine', en: 'Week' },
  weekStart: { fr: 'Début', en: 'Starts' },
  tagged: { fr: 'Étiqueté h', en: 'Tagged h' },
  important: { fr: 'Part importante', en: 'Important share' },
  share: { fr: 'Part', en: 'Share' },
  code: { fr: 'Code', en: 'Code' },
  task: { fr: 'Tâche', en: 'Task' },
  quadrant: { fr: 'Quadrant', en: 'Quadrant' },
  planned: { fr: 'Prévu h', en: 'Planned h' },
  actual: { fr: 'Réel h', en: 'Actual h' },
  delta: { fr: 'Écart h', en: 'Delta h' },
} satisfies Record<string, LocalizedMessage>;

/** The tracking dashboard's words. */
export const DASHBOARD_LABELS = {
  ...DASHBOARD_WORDS,
  title: { fr: 'Centaure — tableau de bord', en: 'Centaure — dashboard' },
  hint: {
    fr: 'Choisissez une semaine dans la liste (cellule B3) : tout le tableau de bord se recalcule.',
    en: 'Pick a week from the list (cell B3): the whole dashboard recalculates.',
  },
  counted: { fr: 'Compté h', en: 'Counted h' },
  untagged: { fr: 'Non étiqueté h', en: 'Untagged h' },
  overlap: { fr: 'Chevauchement h', en: 'Overlap h' },
  grid: { fr: 'Matrice importance / urgence', en: 'Importance / urgency grid' },
  urgent: { fr: 'Urgent (U+)', en: 'Urgent (U+)' },
  notUrgent: { fr: 'Non urgent (U-)', en: 'Not urgent (U-)' },
  importantRow: { fr: 'Important (I+)', en: 'Important (I+)' },
  notImportantRow: { fr: 'Non important (I-)', en: 'Not important (I-)' },
  hours: { fr: 'Heures', en: 'Hours' },
  tasks: { fr: 'Prévu / réel par tâche', en: 'Planned vs actual per task' },
  events: { fr: 'Événements', en: 'Events' },
  ai: {
    fr: 'IA : heures moyennes par semaine, avant / après',
    en: 'AI: average weekly hours, before / after',
  },
  aiSince: { fr: 'IA depuis', en: 'AI since' },
  noAiDate: {
    fr: 'Aucune tâche n’a encore de date « IA depuis » : renseignez-la dans le fichier catalogue (--catalog), que la feuille Catalogue recopie à chaque semaine, pour comparer avant et après.',
    en: 'No task has an “AI since” date yet: set one in the catalog file (--catalog), which the Catalog sheet copies with every week, to compare before and after.',
  },
  before: { fr: 'Avant h/sem', en: 'Before h/wk' },
  after: { fr: 'Après h/sem', en: 'After h/wk' },
  change: { fr: 'Variation h', en: 'Change h' },
  changeShare: { fr: 'Variation %', en: 'Change %' },
  status: { fr: 'Mesure', en: 'Measure' },
  notEnough: {
    fr: `pas encore assez de semaines (${MIN_WEEKS_PER_SIDE} de chaque côté)`,
    en: `not enough weeks yet (${MIN_WEEKS_PER_SIDE} on each side)`,
  },
  weeksBefore: { fr: 'Semaines avant', en: 'Weeks before' },
  weeksAfter: { fr: 'Semaines après', en: 'Weeks after' },
  trend: { fr: '12 dernières semaines du classeur', en: 'Last 12 weeks of the workbook' },
  trendChart: {
    fr: 'Heures par quadrant et part importante, 12 dernières semaines',
    en: 'Hours per quadrant and important share, last 12 weeks',
  },
  more: {
    fr: 'Cette semaine compte plus de tâches que le tableau de bord n’en affiche : voir la feuille des tâches.',
    en: 'This week has more tasks than the dashboard shows: see the weekly tasks sheet.',
  },
} satisfies Record<string, LocalizedMessage>;

export type DashboardLabel = keyof typeof DASHBOARD_LABELS;

/** The tracking dashboard's word for `key` in `language`. */
export function dashboardLabel(key: DashboardLabel, language: Language): string {
  return DASHBOARD_LABELS[key][language];
}
