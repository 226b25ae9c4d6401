import { mkdtempSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Json } from '../../src/emulator/json';
import { graphEvent } from '../support/graph-event';
import { runCli } from '../support/run-cli';
import type { GraphHarness } from './support/graph-harness';
import { startHarness } from './support/graph-harness';

// What a page may hold that is not an event, or an event with dates out of range: the three
// commands that read events refuse it alike, naming the event, with one line and exit 1.

let harness: GraphHarness;
const dir = mkdtempSync(join(tmpdir(), 'centaure-bad-pull-'));
beforeAll(async () => {
  harness = await startHarness({ seed: 'empty' });
});
afterAll(async () => {
  await harness.emulator.close();
  rmSync(dir, { recursive: true, force: true });
});

const good = graphEvent({
  id: 'ok',
  subject: 'Revue',
  start: '2026-11-16T09:00',
  end: '2026-11-16T10:00',
});
const lateEnd = { ...good, id: 'late', end: { dateTime: '9999-12-31T23:30:00', timeZone: 'UTC' } };

describe.each([
  ['null in value', [good, null], 'event #2: an event must be a JSON object'],
  ['a number in value', [good, 42], 'event #2: an event must be a JSON object'],
  [
    'an end after year 9999 in local time',
    [good, lateEnd],
    'event #2, id late, "Revue": "end": date "9999-12-31T23:30:00" outside the supported range (years 1900 to 9999)',
  ],
])('%s', (_, value, eventMessage) => {
  it('pull refuses the page and writes nothing', async () => {
    harness.emulator.addRoute('GET', '/v1.0/me/calendarView', () => ({
      status: 200,
      body: JSON.parse(JSON.stringify({ value })) as Json,
    }));
    const out = join(dir, `${eventMessage.length}-${value.length}.json`);

    const result = await runCli(
      [
        'pull',
        '--week',
        '2026-W47',
        '--tz',
        'Europe/Paris',
        '--graph-url',
        harness.emulator.url,
        '--out',
        out,
      ],
      { env: { CENTAURE_GRAPH_TOKEN: harness.emulator.token } },
    );

    expect(result.stderr).toBe(
      `centaure: Microsoft Graph, GET /me/calendarView: ${eventMessage}\n`,
    );
    expect(result.code).toBe(1);
    expect(existsSync(out)).toBe(false);
  });

  it.each(['summarize', 'workbook'])('%s refuses the file with the same words', async (command) => {
    const events = join(dir, 'events.json');
    writeFileSync(events, JSON.stringify({ value }));
    const out = command === 'workbook' ? ['--out', join(dir, 'Centaure.xlsx')] : [];

    const result = await runCli([
      command,
      '--events',
      events,
      '--week',
      '2026-W47',
      '--tz',
      'Europe/Paris',
      ...out,
    ]);

    expect(result.stderr).toBe(`centaure: ${events}: ${eventMessage}\n`);
    expect(result.code).toBe(1);
  });
});
