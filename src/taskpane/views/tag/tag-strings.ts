import type { Localized } from '../../i18n/i18n';

/** The Tag view's words, French and English. */
export const TAG_STRINGS: Localized<{
  noMeeting: string;
  allDay: string;
  task: string;
  untagged: string;
  suggested: string;
  noSuggestion: string;
  otherTask: string;
  choose: string;
  tag: string;
  untag: string;
  quadrant: string;
  taskQuadrant: (quadrant: string) => string;
  wholeSeries: string;
  readOnly: string;
  tagged: (code: string) => string;
  untaggedDone: string;
  quadrantSet: string;
  thisMeetingOnly: string;
}> = {
  fr: {
    noMeeting: 'Ouvrez une réunion du calendrier pour l’étiqueter.',
    allDay: 'Journée entière',
    task: 'Tâche\u00a0:',
    untagged: 'Pas encore étiquetée',
    suggested: 'Suggestions',
    noSuggestion: 'Aucune suggestion pour cette réunion : choisissez une tâche ci-dessous.',
    otherTask: 'Autre tâche',
    choose: 'Choisir une tâche…',
    tag: 'Étiqueter',
    untag: 'Retirer l’étiquette',
    quadrant: 'Quadrant pour cette occurrence',
    taskQuadrant: (q) => `Celui de la tâche (${q})`,
    wholeSeries: 'Appliquer à toute la série',
    readOnly: 'Ce calendrier est en lecture seule : la réunion ne peut pas être étiquetée.',
    tagged: (code) => `Réunion étiquetée ${code}.`,
    untaggedDone: 'Étiquette retirée.',
    quadrantSet: 'Quadrant enregistré pour cette occurrence.',
    thisMeetingOnly: 'pour cette réunion seulement',
  },
  en: {
    noMeeting: 'Open a meeting of your calendar to tag it.',
    allDay: 'All day',
    task: 'Task:',
    untagged: 'Not tagged yet',
    suggested: 'Suggestions',
    noSuggestion: 'No suggestion for this meeting: pick a task below.',
    otherTask: 'Other task',
    choose: 'Choose a task…',
    tag: 'Tag',
    untag: 'Remove tag',
    quadrant: 'Quadrant for this occurrence',
    taskQuadrant: (q) => `The task’s (${q})`,
    wholeSeries: 'Apply to the whole series',
    readOnly: 'This calendar is read-only: the meeting cannot be tagged.',
    tagged: (code) => `Meeting tagged ${code}.`,
    untaggedDone: 'Tag removed.',
    quadrantSet: 'Quadrant saved for this occurrence.',
    thisMeetingOnly: 'for this meeting only',
  },
};
