import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { InvalidInputError } from '../../src/core/errors';
import { toIanaZone } from '../../src/core/time-zone';
import { readWeek } from '../../src/graph/calendar-view';
import { GraphThrottledError } from '../../src/graph/errors';
import { failureOf } from '../support/failure';
import { runCli } from '../support/run-cli';
import type { GraphHarness } from './support/graph-harness';
import { startHarness } from './support/graph-harness';

// What goes wrong is said at once and plainly, instead of after a minute of retries or as
// "check the network connection".

let harness: GraphHarness;
const week = { weekYear: 2026, weekNumber: 47 };
const dir = mkdtempSync(join(tmpdir(), 'centaure-messages-'));
beforeAll(async () => {
  harness = await startHarness({ seed: 'empty' });
});
afterAll(async () => {
  await harness.emulator.close();
  rmSync(dir, { recursive: true, force: true });
});
beforeEach(() => {
  harness.emulator.faults.clear();
  harness.resetLog();
});

const summarizeFile = (path: string) =>
  runCli(['summarize', '--events', path, '--week', '2026-W47', '--tz', 'UTC']);

describe('said at once', () => {
  it.each([
    ['an accented letter', 'eyJhbGc.é.sig', 9, 'U+00E9'],
    ['a line break', 'eyJhbGc.abc\n.sig', 12, 'U+000A'],
  ])('a token with %s: it cannot go in an HTTP header', async (_, token, position, code) => {
    const graph = harness.client({ token });

    const error = await failureOf(readWeek(graph, { week, timeZone: 'Europe/Paris' }));

    expect(error).toBeInstanceOf(InvalidInputError);
    expect(error.in('en')).toBe(
      `The access token has a character that cannot go in an HTTP header (character ${position}, ${code}): copy the whole token again, without spaces or line breaks.`,
    );
    expect(error.in('en')).not.toContain(token);
    expect(harness.roundTrips()).toEqual([]);
  });

  it('a port web clients refuse to use (fetch’s bad ports)', async () => {
    const result = await runCli(
      ['pull', '--graph-url', 'https://127.0.0.1:6000', '--out', join(dir, 'x.json')],
      { env: { CENTAURE_GRAPH_TOKEN: 'token' } },
    );

    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      'centaure: Invalid Graph URL: "https://127.0.0.1:6000" (port 6000 is one that HTTP clients refuse to use: choose another).\n',
    );
  });

  it('a Retry-After of twenty digits is capped and said plainly', async () => {
    harness.emulator.faults.add({
      path: '/me/calendarView',
      status: 429,
      retryAfterSeconds: 2 ** 66, // 73786976294838206464: twenty digits
    });

    const error = await failureOf(readWeek(harness.graph, { week, timeZone: 'Europe/Paris' }));

    expect(error).toBeInstanceOf(GraphThrottledError);
    expect(error.in('en')).toBe(
      'Microsoft Graph is busy or throttling requests (429) while reading the calendar, even after several retries. Try again in a day or more.',
    );
    expect(error.in('fr')).toMatch(/Réessayez dans un jour ou plus\.$/);
    // Longer than the whole wait budget: not waited for.
    expect(harness.waits).toEqual([]);
  });
});

describe('read as users write them', () => {
  it.each(['romance standard time', 'ROMANCE STANDARD TIME', ' Romance standard Time '])(
    'Windows zone names in any case: %p',
    (name) => {
      expect(toIanaZone(name)).toBe('Europe/Paris');
    },
  );

  it('an events file in UTF-16 with its byte order mark is read like UTF-8', async () => {
    const document = JSON.stringify({ value: [] });
    const files = {
      le: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(document, 'utf16le')]),
      be: Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(document, 'utf16le').swap16()]),
    };
    for (const [name, bytes] of Object.entries(files)) {
      const path = join(dir, `${name}.json`);
      writeFileSync(path, bytes);
      const result = await summarizeFile(path);
      expect(result.stderr).toBe('');
      expect(result.code).toBe(0);
    }
  });

  it('one in UTF-16 without a byte order mark is refused in words', async () => {
    const path = join(dir, 'no-bom.json');
    writeFileSync(path, Buffer.from(JSON.stringify({ value: [] }), 'utf16le'));

    const result = await summarizeFile(path);

    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      `centaure: The events file ${path} looks like UTF-16 text without a byte order mark: save it as UTF-8.\n`,
    );
  });
});
