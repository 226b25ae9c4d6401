import { join } from 'node:path';

export const SAMPLE_EVENTS = join(__dirname, '../../fixtures/sample-week-2026-W47.json');

/** The arguments of `centaure workbook` for one week in Paris, and any more options. */
export function workbookArgs(
  out: string,
  week = '2026-W47',
  events = SAMPLE_EVENTS,
  ...more: string[]
): string[] {
  return [
    'workbook',
    '--events',
    events,
    '--week',
    week,
    '--tz',
    'Europe/Paris',
    '--out',
    out,
    ...more,
  ];
}
