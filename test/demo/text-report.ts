import type { SummaryJson } from '../../src/core/summary-json';

const hours = (value: number) => `${value.toFixed(2)} h`;
const percent = (share: number) => `${Math.round(share * 100)} %`;

/** The week as a person reads it in a terminal: the 2×2 grid, then planned against actual. */
export function textReport(json: SummaryJson): string {
  const q = json.quadrants;
  const tagged = json.totals.taggedHours;
  const share = (value: number) => (tagged > 0 ? percent(value / tagged) : '–');
  const cell = (label: string, value: number) =>
    `${label} ${hours(value).padStart(8)} ${share(value).padStart(5)}`;
  const lines = [
    `Semaine ${json.week.iso} (${json.week.timeZone}) — ${json.events.length} événements`,
    '',
    `                 Urgent                      Pas urgent`,
    `  Important      ${cell('I+U+', q['I+U+'])}     ${cell('I+U-', q['I+U-'])}`,
    `  Pas important  ${cell('I-U+', q['I-U+'])}     ${cell('I-U-', q['I-U-'])}`,
    '',
    `  Compté ${hours(json.totals.countedHours)}, tagué ${hours(tagged)}, non tagué ${hours(json.totals.untaggedHours)}, ` +
      `chevauchements ${hours(json.totals.overlapHours)}, part importante ${percent(json.totals.importantShare)}`,
    '',
    '  Tâche   Quadrant   Prévu     Réel      Écart    Évén.',
    ...json.tasks.map((t) => {
      const delta = `${t.deltaHours > 0 ? '+' : ''}${hours(t.deltaHours)}`;
      return [
        `  ${t.code.padEnd(7)} ${t.quadrant.padEnd(8)}`,
        hours(t.plannedHours).padStart(8),
        hours(t.actualHours).padStart(8),
        delta.padStart(9),
        String(t.events).padStart(6),
      ].join(' ');
    }),
  ];
  return `${lines.join('\n')}\n`;
}
