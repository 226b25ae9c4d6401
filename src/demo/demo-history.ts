import { writeFileSync } from 'node:fs';
import { DEMO_CATALOG } from './ai-dates';
import { join } from 'node:path';
import type { Language } from '../core/errors';
import { weeklyHistory, weekRecordFromSummary } from '../core/history';
import { measuredGains, SURVEY_GAIN_RANGE } from '../core/measured-gain';
import { summarizeWeek } from '../core/summarize';
import { DEFAULT_USER_SETTINGS, settingsToJson } from '../core/user-settings';
import { parseIsoWeek, weekWindow, weeksEndingWith } from '../core/week';
import { readCalendarRange } from '../graph/calendar-view';
import { createGraphClient } from '../graph/client';
import { saveWeekToFile } from '../usecases/save-week-to-file';
import { startGraphEmulator } from '../emulator';
import { trustEmulatorCa } from '../emulator/trust-ca';

/**
 * The 12 weeks of the demo mailbox ending with `lastWeek`, read in one calendarView, written
 * into the workbook with the demo catalog (so its dashboard shows the trend and the gain);
 * the settings go beside it as the file `--settings` reads. Prints the measured gain.
 */
export async function writeTwelveWeeks(
  lastWeek: string,
  timeZone: string,
  out: string,
  language: Language,
): Promise<string> {
  const emulator = await startGraphEmulator({ seed: 'demo', week: parseIsoWeek(lastWeek) });
  trustEmulatorCa(emulator.caPem);
  const weeks = weeksEndingWith(parseIsoWeek(lastWeek), 12);
  let events: unknown[];
  try {
    const graph = createGraphClient({
      tokenProvider: { getAccessToken: async () => emulator.token },
      baseUrl: emulator.url,
    });
    events = await readCalendarRange(
      graph,
      weekWindow(weeks[0], timeZone).start,
      weekWindow(weeks[11], timeZone).end,
    );
  } finally {
    await emulator.close();
  }
  const settingsFile = join(out, 'demo-settings.json');
  const settings = { ...DEFAULT_USER_SETTINGS, catalog: DEMO_CATALOG };
  writeFileSync(settingsFile, `${JSON.stringify(settingsToJson(settings), null, 2)}\n`);
  const workbookFile = join(out, 'Centaure.xlsx');
  const records = [];
  for (const week of weeks) {
    const summary = summarizeWeek(events, { week, timeZone, catalog: DEMO_CATALOG });
    records.push(weekRecordFromSummary(summary));
    await saveWeekToFile(workbookFile, summary, { language, now: new Date() });
  }
  const fr = language === 'fr';
  const number = (value: number) => (fr ? value.toFixed(2).replace('.', ',') : value.toFixed(2));
  const percent = (value: number) =>
    `${value > 0 ? '+' : ''}${(value * 100).toFixed(1)}`.replace('.', fr ? ',' : '.').concat(' %');
  const lines = measuredGains(DEMO_CATALOG, weeklyHistory(records)).map((gain) =>
    gain.status === 'measured'
      ? fr
        ? `   ${gain.code.padEnd(5)} IA depuis ${gain.aiSince} : ${number(gain.beforeHours)} h → ${number(gain.afterHours)} h par semaine (${number(gain.changeHours)} h, ${gain.changeShare === null ? '—' : percent(gain.changeShare)}), ${gain.weeksBefore} semaines avant, ${gain.weeksAfter} après`
        : `   ${gain.code.padEnd(5)} AI since ${gain.aiSince}: ${number(gain.beforeHours)} h → ${number(gain.afterHours)} h a week (${number(gain.changeHours)} h, ${gain.changeShare === null ? '—' : percent(gain.changeShare)}), ${gain.weeksBefore} weeks before, ${gain.weeksAfter} after`
      : fr
        ? `   ${gain.code.padEnd(5)} pas encore assez de semaines`
        : `   ${gain.code.padEnd(5)} not enough weeks yet`,
  );
  const { low, high } = SURVEY_GAIN_RANGE;
  const range = `${low * 100}–${high * 100} %`;
  return [
    fr
      ? `5. 12 semaines (${records[0].week} à ${records[11].week}) → ${workbookFile}, réglages → ${settingsFile}`
      : `5. 12 weeks (${records[0].week} to ${records[11].week}) → ${workbookFile}, settings → ${settingsFile}`,
    fr ? '   Gain mesuré (étape 5) :' : '   Measured gain (step 5):',
    ...lines,
    fr
      ? `   (enquête 2024 auprès de directeurs marketing : ${range} de gain)`
      : `   (2024 survey of marketing directors: ${range} gain)`,
  ].join('\n');
}
