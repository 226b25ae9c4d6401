/**
 * The words Centaure shows, one per idea, in French and English (docs/glossary.md is the same
 * list for people; test/core/glossary.test.ts keeps the two equal and the pane's strings free of
 * the words each term replaces). A view writes `say(GLOSSARY.trackingWorkbook)` or uses the
 * same words in its sentences.
 */
export interface GlossaryTerm {
  readonly fr: string;
  readonly en: string;
  /** What the word stands for, for translators and reviewers. */
  readonly meaning: string;
  /** Words the pane must not use for the same idea (whole words, any case). */
  readonly avoid: { readonly fr: readonly string[]; readonly en: readonly string[] };
}

const none = { fr: [], en: [] } as const;

export const GLOSSARY = {
  tagVerb: {
    fr: 'étiqueter',
    en: 'tag',
    meaning: 'give a meeting a task of the catalog (an Outlook category "Centaure CODE")',
    avoid: { fr: ['taguer', 'tagué', 'taguée', 'tagués', 'taguées', 'tagger'], en: [] },
  },
  tagged: {
    fr: 'étiquetée',
    en: 'tagged',
    meaning: 'a meeting that has a task',
    avoid: none,
  },
  untagged: {
    fr: 'non étiquetée',
    en: 'untagged',
    meaning: 'a meeting without a task: counted, but in no task',
    avoid: { fr: ['non taguée', 'sans tag'], en: [] },
  },
  thisMeeting: {
    fr: 'cette réunion',
    en: 'this meeting',
    meaning: 'the one meeting open in Outlook, not its whole series',
    avoid: { fr: ['occurrence', 'cette occurrence'], en: ['occurrence', 'this occurrence'] },
  },
  wholeSeries: {
    fr: 'toute la série',
    en: 'the whole series',
    meaning: 'every meeting of a recurring series',
    avoid: none,
  },
  task: {
    fr: 'tâche',
    en: 'task',
    meaning: 'one line of the catalog: a code, a label, a quadrant, planned hours',
    avoid: none,
  },
  taskCode: {
    fr: 'code',
    en: 'code',
    meaning: 'a task’s short name in capitals (MGT), as in the category "Centaure MGT"',
    avoid: none,
  },
  taskLabel: {
    fr: 'libellé',
    en: 'label',
    meaning: 'a task’s name in words (Management d’équipe), shown next to its code',
    avoid: none,
  },
  catalog: {
    fr: 'catalogue des tâches',
    en: 'task catalog',
    meaning: 'the person’s list of tasks',
    avoid: none,
  },
  rolePreset: {
    fr: 'rôle',
    en: 'role',
    meaning: 'a ready-made catalog for a job (marketing manager, director…)',
    avoid: { fr: ['preset', 'modèle de rôle'], en: ['preset'] },
  },
  trackingWorkbook: {
    fr: 'classeur de suivi',
    en: 'tracking workbook',
    meaning: 'the person’s Excel file in OneDrive that Generate fills week after week',
    avoid: { fr: ['feuille de suivi', 'fichier de suivi'], en: ['tracking sheet'] },
  },
  teamWorkbook: {
    fr: 'classeur d’équipe',
    en: 'team workbook',
    meaning: 'the shared Excel file that receives each member’s weekly totals',
    avoid: none,
  },
  importantShare: {
    fr: 'Part du temps important',
    en: 'Share of important time',
    meaning: 'the counted time in the two important quadrants over all counted time',
    avoid: { fr: ['Part importante'], en: ['Important share'] },
  },
  aiAdoptedOn: {
    fr: 'IA adoptée le',
    en: 'AI adopted on',
    meaning: 'the date from which AI helps with a task (the before/after split of Results)',
    avoid: { fr: ['IA depuis'], en: ['AI since'] },
  },
  planned: {
    fr: 'prévu',
    en: 'planned',
    meaning: 'the hours a week the catalog plans for a task',
    avoid: none,
  },
  actual: {
    fr: 'réel',
    en: 'actual',
    meaning: 'the hours the calendar counts for a task in the week',
    avoid: none,
  },
  quadrantImportantUrgent: {
    fr: 'Important et urgent',
    en: 'Important and urgent',
    meaning: 'quadrant I+U+',
    avoid: none,
  },
  quadrantUrgentOnly: {
    fr: 'Urgent, pas important',
    en: 'Urgent, not important',
    meaning: 'quadrant I-U+',
    avoid: none,
  },
  quadrantImportantOnly: {
    fr: 'Important, pas urgent',
    en: 'Important, not urgent',
    meaning: 'quadrant I+U-',
    avoid: none,
  },
  quadrantNeither: {
    fr: 'Ni urgent ni important',
    en: 'Neither urgent nor important',
    meaning: 'quadrant I-U-',
    avoid: none,
  },
  sharedTime: {
    fr: 'partagée avec',
    en: 'shared with',
    meaning: 'overlapping meetings split their common time: "shared with 2 other meetings"',
    avoid: none,
  },
  week: {
    fr: 'Semaine',
    en: 'Week',
    meaning: 'a week in a sentence is "Semaine 47" / "Week 47", never its ISO code 2026-W47',
    avoid: none,
  },
  viewTag: { fr: 'Étiqueter', en: 'Tag', meaning: 'tab: the open meeting', avoid: none },
  viewWeek: { fr: 'Semaine', en: 'Week', meaning: 'tab: the week’s grid and events', avoid: none },
  viewGenerate: {
    fr: 'Générer',
    en: 'Generate',
    meaning: 'tab: write the week into the tracking workbook',
    avoid: none,
  },
  viewTasks: { fr: 'Tâches', en: 'Tasks', meaning: 'tab: the task catalog', avoid: none },
  viewResults: {
    fr: 'Résultats',
    en: 'Results',
    meaning: 'tab: before/after AI and the trend',
    avoid: none,
  },
  viewTeam: { fr: 'Équipe', en: 'Team', meaning: 'tab: the team workbook', avoid: none },
  viewSettings: {
    fr: 'Réglages',
    en: 'Settings',
    meaning: 'tab: language, workbook, diagnostics',
    avoid: none,
  },
  more: {
    fr: 'Plus',
    en: 'More',
    meaning: 'the menu holding the tabs that do not fit',
    avoid: none,
  },
  tryAgain: {
    fr: 'Réessayer',
    en: 'Try again',
    meaning: 'the button after a failure that did not come from the user',
    avoid: none,
  },
} as const satisfies Record<string, GlossaryTerm>;

export type GlossaryTermId = keyof typeof GLOSSARY;
