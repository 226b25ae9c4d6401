import type { Catalog } from './task';

/** The starting catalog of SPEC §3; the user edits everything. */
export const DEFAULT_CATALOG: Catalog = [
  {
    code: 'MAIL',
    label: { fr: 'Emails internes et externes', en: 'Internal and external email' },
    quadrant: 'I-U+',
    plannedHours: 5,
    category: 'Centaure MAIL',
    aiPotential: 'assist',
    decision: 'assisted',
  },
  {
    code: 'REU',
    label: {
      fr: 'Réunions : préparation, participation, compte rendu',
      en: 'Meetings: preparation, attendance, minutes',
    },
    quadrant: 'I+U-',
    plannedHours: 8,
    category: 'Centaure REU',
    aiPotential: 'assist',
    decision: 'assisted',
  },
  {
    code: 'ADM',
    label: {
      fr: 'Administratif : reporting, validations, suivi budgétaire',
      en: 'Administration: reporting, approvals, budget',
    },
    quadrant: 'I-U-',
    plannedHours: 3,
    category: 'Centaure ADM',
    aiPotential: 'automate',
    decision: 'automated',
  },
  {
    code: 'VEIL',
    label: {
      fr: 'Veille marketing : tendances, concurrence, salons',
      en: 'Market watch: trends, competitors, trade shows',
    },
    quadrant: 'I+U-',
    plannedHours: 3,
    category: 'Centaure VEIL',
    aiPotential: 'assist',
    decision: 'assisted',
  },
  {
    code: 'OPE',
    label: {
      fr: 'Marketing opérationnel : suivi de dossiers, relances',
      en: 'Operational marketing: follow-ups, reminders',
    },
    quadrant: 'I-U+',
    plannedHours: 8,
    category: 'Centaure OPE',
    aiPotential: 'assist',
    decision: 'assisted',
  },
  {
    code: 'MGT',
    label: { fr: 'Management : supervision des équipes', en: 'Management: supervising the team' },
    quadrant: 'I+U+',
    plannedHours: 6,
    category: 'Centaure MGT',
    aiPotential: 'none',
    decision: 'keep',
  },
  {
    code: 'STRAT',
    label: {
      fr: 'Marketing stratégique : planification, décisions',
      en: 'Strategic marketing: planning, decisions',
    },
    quadrant: 'I+U-',
    plannedHours: 6,
    category: 'Centaure STRAT',
    aiPotential: 'none',
    decision: 'keep',
  },
  {
    code: 'CRISE',
    label: { fr: 'Gestion de crise', en: 'Crisis management' },
    quadrant: 'I+U+',
    plannedHours: 1,
    category: 'Centaure CRISE',
    aiPotential: 'none',
    decision: 'keep',
  },
];
