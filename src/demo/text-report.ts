import type { Language } from '../core/errors';
import type { SummaryJson } from '../core/summary-json';

const WORDS = {
  fr: {
    week: 'Semaine',
    events: 'événements',
    urgent: 'Urgent',
    notUrgent: 'Pas urgent',
    important: 'Important',
    notImportant: 'Pas important',
    counted: 'Compté',
    tagged: 'étiqueté',
    untagged: 'non étiqueté',
    overlaps: 'chevauchements',
    importantShare: 'part importante',
    header: ['Tâche', 'Quadrant', 'Prévu', 'Réel', 'Écart', 'Évén.'],
  },
  en: {
    week: 'Week',
    events: 'events',
    urgent: 'Urgent',
    notUrgent: 'Not urgent',
    important: 'Important',
    notImportant: 'Not important',
    counted: 'Counted',
    tagged: 'tagged',
    untagged: 'untagged',
    overlaps: 'overlaps',
    importantShare: 'important share',
    header: ['Task', 'Quadrant', 'Planned', 'Actual', 'Delta', 'Events'],
  },
} as const;

/** Hours with two decimals, written the way the reader's language writes numbers (2,75 in French). */
const hoursIn = (language: Language) => (value: number) => {
  const text = value.toFixed(2);
  return `${language === 'fr' ? text.replace('.', ',') : text} h`;
};
const percent = (share: number) => `${Math.round(share * 100)} %`;

/** The week as a person reads it in a terminal: the 2×2 grid, then planned against actual. */
export function textReport(json: SummaryJson, language: Language): string {
  const words = WORDS[language];
  const hours = hoursIn(language);
  const q = json.quadrants;
  const tagged = json.totals.taggedHours;
  const share = (value: number) => (tagged > 0 ? percent(value / tagged) : '–');
  const cell = (label: string, value: number) =>
    `${label} ${hours(value).padStart(8)} ${share(value).padStart(5)}`;
  const rowLabel = (label: string) => `  ${label.padEnd(15)}`;
  const [task, quadrant, planned, actual, delta, events] = words.header;
  const lines = [
    `${words.week} ${json.week.iso} (${json.week.timeZone}) — ${json.events.length} ${words.events}`,
    '',
    `${' '.repeat(17)}${words.urgent.padEnd(28)}${words.notUrgent}`,
    `${rowLabel(words.important)}${cell('I+U+', q['I+U+'])}     ${cell('I+U-', q['I+U-'])}`,
    `${rowLabel(words.notImportant)}${cell('I-U+', q['I-U+'])}     ${cell('I-U-', q['I-U-'])}`,
    '',
    `  ${words.counted} ${hours(json.totals.countedHours)}, ${words.tagged} ${hours(tagged)}, ` +
      `${words.untagged} ${hours(json.totals.untaggedHours)}, ${words.overlaps} ` +
      `${hours(json.totals.overlapHours)}, ${words.importantShare} ${percent(json.totals.importantShare)}`,
    '',
    `  ${task.padEnd(7)} ${quadrant.padEnd(8)} ${planned.padStart(8)} ${actual.padStart(8)} ` +
      `${delta.padStart(9)} ${events.padStart(6)}`,
    ...json.tasks.map((t) => {
      const signedDelta = `${t.deltaHours > 0 ? '+' : ''}${hours(t.deltaHours)}`;
      return [
        `  ${t.code.padEnd(7)} ${t.quadrant.padEnd(8)}`,
        hours(t.plannedHours).padStart(8),
        hours(t.actualHours).padStart(8),
        signedDelta.padStart(9),
        String(t.events).padStart(6),
      ].join(' ');
    }),
  ];
  return `${lines.join('\n')}\n`;
}
