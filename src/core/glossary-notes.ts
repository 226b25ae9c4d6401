import type { GlossaryTermId } from './glossary';

/** What a glossary term stands for and the words the pane must not use for it (whole words, any case). */
export interface GlossaryNote {
  readonly meaning: string;
  readonly avoid: { readonly fr: readonly string[]; readonly en: readonly string[] };
}

const none = { fr: [], en: [] } as const;

/** For docs/glossary.md and the tests, not for the pane: it stays out of the bundle. */
export const GLOSSARY_NOTES: Record<GlossaryTermId, GlossaryNote> = {
  tagVerb: {
    meaning: 'give a meeting a task of the catalog (an Outlook category "Centaure CODE")',
    avoid: { fr: ['taguer', 'tagué', 'taguée', 'tagués', 'taguées', 'tagger'], en: [] },
  },
  tagged: { meaning: 'a meeting that has a task', avoid: none },
  untagged: {
    meaning: 'a meeting without a task: counted, but in no task',
    avoid: { fr: ['non taguée', 'sans tag'], en: [] },
  },
  thisMeeting: {
    meaning: 'the one meeting open in Outlook, not its whole series',
    avoid: { fr: ['occurrence', 'cette occurrence'], en: ['occurrence', 'this occurrence'] },
  },
  wholeSeries: { meaning: 'every meeting of a recurring series', avoid: none },
  task: {
    meaning: 'one line of the catalog: a code, a label, a quadrant, planned hours',
    avoid: none,
  },
  taskCode: {
    meaning: 'a task’s short name in capitals (MGT), as in the category "Centaure MGT"',
    avoid: none,
  },
  taskLabel: {
    meaning: 'a task’s name in words (Management d’équipe), shown next to its code',
    avoid: none,
  },
  catalog: { meaning: 'the person’s list of tasks', avoid: none },
  rolePreset: {
    meaning: 'a ready-made catalog for a job (marketing manager, director…)',
    avoid: { fr: ['preset', 'modèle de rôle'], en: ['preset'] },
  },
  trackingWorkbook: {
    meaning: 'the person’s Excel file in OneDrive that Generate fills week after week',
    avoid: { fr: ['feuille de suivi', 'fichier de suivi'], en: ['tracking sheet'] },
  },
  teamWorkbook: {
    meaning: 'the shared Excel file that receives each member’s weekly totals',
    avoid: none,
  },
  importantShare: {
    meaning: 'the counted time in the two important quadrants over all counted time',
    avoid: { fr: ['Part importante'], en: ['Important share'] },
  },
  aiAdoptedOn: {
    meaning: 'the date from which AI helps with a task (the before/after split of Results)',
    avoid: { fr: ['IA depuis'], en: ['AI since'] },
  },
  planned: { meaning: 'the hours a week the catalog plans for a task', avoid: none },
  actual: { meaning: 'the hours the calendar counts for a task in the week', avoid: none },
  quadrantImportantUrgent: { meaning: 'quadrant I+U+', avoid: none },
  quadrantUrgentOnly: { meaning: 'quadrant I-U+', avoid: none },
  quadrantImportantOnly: { meaning: 'quadrant I+U-', avoid: none },
  quadrantNeither: { meaning: 'quadrant I-U-', avoid: none },
  sharedTime: {
    meaning: 'overlapping meetings split their common time: "shared with 2 other meetings"',
    avoid: none,
  },
  week: {
    meaning: 'a week in a sentence is "Semaine 47" / "Week 47", never its ISO code 2026-W47',
    avoid: none,
  },
  viewTag: { meaning: 'tab: the open meeting', avoid: none },
  viewWeek: { meaning: 'tab: the week’s grid and events', avoid: none },
  viewGenerate: { meaning: 'tab: write the week into the tracking workbook', avoid: none },
  viewTasks: { meaning: 'tab: the task catalog', avoid: none },
  viewResults: { meaning: 'tab: before/after AI and the trend', avoid: none },
  viewTeam: { meaning: 'tab: the team workbook', avoid: none },
  viewSettings: { meaning: 'tab: language, workbook, diagnostics', avoid: none },
  more: { meaning: 'the menu holding the tabs that do not fit', avoid: none },
  tryAgain: { meaning: 'the button after a failure that did not come from the user', avoid: none },
  weekOtherYear: {
    meaning: 'a week of another year than the pane’s week: its year is said',
    avoid: none,
  },
  fileAccess: {
    meaning: 'a permission said as what Centaure does with it, never by its name',
    avoid: { fr: ['Files.ReadWrite.All'], en: ['Files.ReadWrite.All'] },
  },
  labelFallback: {
    meaning: 'an empty English label: the French one is used, and the editor says so',
    avoid: none,
  },
  importantTime: {
    meaning: 'the hours in the two important quadrants (I+U+ and I+U-)',
    avoid: none,
  },
  taggedShare: {
    meaning: 'a quadrant’s hours over all tagged hours (the team tables’ share column)',
    avoid: none,
  },
  cancel: { meaning: 'closes a confirmation and does nothing', avoid: none },
  leaveTeam: {
    meaning: 'stop sending weekly totals to the team workbook (asks first)',
    avoid: none,
  },
};
