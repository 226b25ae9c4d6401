/**
 * The words Centaure shows, one per idea, in French and English (docs/glossary.md is the same
 * list for people, with what each word means and the words it replaces: src/core/glossary-notes.ts;
 * test/core/glossary.test.ts keeps them equal). A view writes `say(GLOSSARY.trackingWorkbook)`,
 * or the same words in its sentences. Only the words: this ships in the pane's first load.
 */
export const GLOSSARY = {
  tagVerb: { fr: 'étiqueter', en: 'tag' },
  tagged: { fr: 'étiquetée', en: 'tagged' },
  untagged: { fr: 'non étiquetée', en: 'untagged' },
  thisMeeting: { fr: 'cette réunion', en: 'this meeting' },
  wholeSeries: { fr: 'toute la série', en: 'the whole series' },
  task: { fr: 'tâche', en: 'task' },
  taskCode: { fr: 'code', en: 'code' },
  taskLabel: { fr: 'libellé', en: 'label' },
  catalog: { fr: 'catalogue des tâches', en: 'task catalog' },
  rolePreset: { fr: 'rôle', en: 'role' },
  trackingWorkbook: { fr: 'classeur de suivi', en: 'tracking workbook' },
  teamWorkbook: { fr: 'classeur d’équipe', en: 'team workbook' },
  importantShare: { fr: 'Part du temps important', en: 'Share of important time' },
  aiAdoptedOn: { fr: 'IA adoptée le', en: 'AI adopted on' },
  planned: { fr: 'prévu', en: 'planned' },
  actual: { fr: 'réel', en: 'actual' },
  quadrantImportantUrgent: { fr: 'Important et urgent', en: 'Important and urgent' },
  quadrantUrgentOnly: { fr: 'Urgent, pas important', en: 'Urgent, not important' },
  quadrantImportantOnly: { fr: 'Important, pas urgent', en: 'Important, not urgent' },
  quadrantNeither: { fr: 'Ni urgent ni important', en: 'Neither urgent nor important' },
  sharedTime: { fr: 'partagée avec', en: 'shared with' },
  week: { fr: 'Semaine', en: 'Week' },
  viewTag: { fr: 'Étiqueter', en: 'Tag' },
  viewWeek: { fr: 'Semaine', en: 'Week' },
  viewGenerate: { fr: 'Générer', en: 'Generate' },
  viewTasks: { fr: 'Tâches', en: 'Tasks' },
  viewResults: { fr: 'Résultats', en: 'Results' },
  viewTeam: { fr: 'Équipe', en: 'Team' },
  viewSettings: { fr: 'Réglages', en: 'Settings' },
  more: { fr: 'Plus', en: 'More' },
  tryAgain: { fr: 'Réessayer', en: 'Try again' },
  weekOtherYear: { fr: 'semaine 1 de 2027', en: 'week 1 of 2027' },
  fileAccess: { fr: 'lire et modifier', en: 'read and change' },
  labelFallback: { fr: 'sert aussi en anglais', en: 'used in English too' },
  importantTime: { fr: 'Temps important', en: 'Important time' },
  taggedShare: { fr: 'Part du temps étiqueté', en: 'Share of tagged time' },
  cancel: { fr: 'Annuler', en: 'Cancel' },
  leaveTeam: { fr: 'Quitter l’équipe', en: 'Leave the team' },
} as const;

export type GlossaryTermId = keyof typeof GLOSSARY;
