import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { graphEventsFrom } from '../../src/core/normalize-graph-event';
import { syntheticWeekEvents } from '../../bench/synthetic-events';
import { BIN, runCli, spawnCli } from '../support/run-cli';
import { summarize } from '../support/summarize';

const SAMPLE = join(__dirname, '../fixtures/sample-week-2026-W47.json');
const dir = mkdtempSync(join(tmpdir(), 'centaure-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
/** `summarize` of the sample week W47, with more options. */
const sampleWeek = (...options: string[]) => [
  'summarize',
  '--events',
  SAMPLE,
  '--week',
  '2026-W47',
  ...options,
];
function file(name: string, content: string): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

describe('centaure summarize, as a user runs it', () => {
  it('prints the sample week figures of the README', async () => {
    const result = await spawnCli(sampleWeek('--tz', 'Europe/Paris'));
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    // The figures themselves are worked out in test/core/sample-week.test.ts: the command
    // must print exactly what the engine computes.
    const engine = summarize(graphEventsFrom(JSON.parse(readFileSync(SAMPLE, 'utf8'))));
    expect(JSON.parse(result.stdout)).toEqual(engine);
    expect(engine.totals.countedHours).toBe(29.75);
  });

  it('gives a one-line French message and a non-zero exit on a broken file', async () => {
    const broken = file('broken.json', '{"value": [');
    const result = await spawnCli(
      ['summarize', '--events', broken, '--week', '2026-W47', '--tz', 'Europe/Paris'],
      { LANG: 'fr_FR.UTF-8' },
    );
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(
      `centaure: Le fichier d’événements ${broken} n’est pas du JSON valide (le fichier s’arrête en plein milieu).\n`,
    );
  });

  it('says where a broken file breaks, by line and column', async () => {
    const broken = file('typo.json', '{\n  "value": [\n    {id: "x"}\n  ]\n}\n');
    const result = await runCli(['summarize', '--events', broken, '--tz', 'UTC'], {
      language: 'fr',
    });
    // The unquoted id: line 3, column 6.
    expect(result.stderr).toBe(
      `centaure: Le fichier d’événements ${broken} n’est pas du JSON valide (erreur ligne 3, colonne 6).\n`,
    );
    const english = await runCli(['summarize', '--events', broken, '--tz', 'UTC']);
    expect(english.stderr).toMatch(/ is not valid JSON \(.+ at line 3, column 6\)\.\n$/);
  });

  it('stops quietly when the reader of its output goes away (| head)', async () => {
    // Output far larger than a pipe holds, so the command is still writing when the reader leaves.
    const busy = file('busy.json', JSON.stringify(syntheticWeekEvents('2026-W47', 3000, 7)));
    const args = ['summarize', '--events', busy, '--week', '2026-W47', '--tz', 'UTC'];
    const child = spawn(process.execPath, [BIN, ...args]);
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((done) => child.on('close', done));
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });
});

describe('centaure summarize options', () => {
  it('defaults to the current week in the given zone', async () => {
    // Wednesday 18 November 2026 is in W47.
    const result = await runCli(['summarize', '--events', SAMPLE, '--tz', 'Romance Standard Time']);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).week).toMatchObject({
      iso: '2026-W47',
      timeZone: 'Europe/Paris',
    });
  });

  it("defaults to the machine's zone (TZ)", async () => {
    const result = await runCli(['summarize', '--events', SAMPLE, '--week', '2026-W47'], {
      env: { TZ: 'America/New_York' },
    });
    expect(JSON.parse(result.stdout).week.start).toBe('2026-11-16T00:00:00-05:00');
  });

  it('reads TZ as POSIX writes it, and keeps UTC on a machine with no zone', async () => {
    const paris = await runCli(sampleWeek(), {
      env: { TZ: ':Europe/Paris' },
    });
    expect(JSON.parse(paris.stdout).week.start).toBe('2026-11-16T00:00:00+01:00');
    const none = await spawnCli(sampleWeek(), { TZ: '' });
    expect(JSON.parse(none.stdout).week).toMatchObject({
      timeZone: 'UTC',
      start: '2026-11-16T00:00:00Z',
    });
  });

  it('refuses a TZ that names no zone rather than guess one', async () => {
    const result = await runCli(sampleWeek(), { env: { TZ: 'Europe/Pariss' } });
    expect(result).toMatchObject({ code: 1, stdout: '' });
    expect(result.stderr).toBe(
      'centaure: The TZ variable names no known time zone: "Europe/Pariss". Give the zone with --tz (for example --tz Europe/Paris).\n',
    );
  });

  it('warns, on stderr, when none of the events falls in the week counted', async () => {
    const result = await runCli(['summarize', '--events', SAMPLE, '--week', '2026-W49'], {
      language: 'fr',
      env: { TZ: 'Europe/Paris' },
    });
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).totals.countedHours).toBe(0);
    expect(result.stderr).toBe(
      'centaure: note : aucun des 26 événements du fichier ne tombe dans la semaine 2026-W49 (Europe/Paris) ; est-ce la bonne --week ?\n',
    );
  });

  it('names the file that is not a list of events', async () => {
    const notEvents = file('object.json', '{"events": []}');
    const result = await runCli(['summarize', '--events', notEvents, '--tz', 'UTC']);
    expect(result.stderr).toBe(
      `centaure: ${notEvents}: Events must be a Graph calendarView response ({"value": [...]}) or a JSON array of events.\n`,
    );
  });

  it('says the zone as the zone data spells it', async () => {
    const result = await runCli(sampleWeek('--tz', 'europe/paris'));
    expect(JSON.parse(result.stdout).week.timeZone).toBe('Europe/Paris');
  });

  it('counts with the settings the pane saves, given as a file', async () => {
    // "declined" switched off: the declined 1 h budget meeting (Tue 15:00) counts for ADM;
    // all-day hours 6: the Wednesday trade show counts 6 h for VEIL instead of 7.
    const settings = file(
      'settings.json',
      JSON.stringify({
        counting: { allDayHours: 6, exclusions: ['cancelled', 'free', 'allDay'] },
        language: 'en',
      }),
    );
    const result = await runCli(sampleWeek('--tz', 'Europe/Paris', '--settings', settings));
    const tasks = JSON.parse(result.stdout).tasks as { code: string; actualHours: number }[];
    const hours = (code: string) => tasks.find((t) => t.code === code)?.actualHours;
    expect(hours('ADM')).toBe(2);
    expect(hours('VEIL')).toBe(8.5);
  });

  it('takes --catalog over the catalog of --settings, and names the settings field at fault', async () => {
    const settings = file(
      'settings-catalog.json',
      JSON.stringify({ catalog: [{ code: 'ZZ', quadrant: 'I+U+', plannedHours: 1 }] }),
    );
    const catalog = file(
      'only-adm.json',
      JSON.stringify([
        { code: 'ADM', quadrant: 'I-U-', plannedHours: 3, category: 'Centaure ADM' },
      ]),
    );
    const result = await runCli(
      sampleWeek('--tz', 'Europe/Paris', '--settings', settings, '--catalog', catalog),
    );
    expect(JSON.parse(result.stdout).tasks.map((t: { code: string }) => t.code)).toEqual(['ADM']);
    const bad = file('bad-settings.json', JSON.stringify({ workbookPath: 'Centaure.xlsx' }));
    const refused = await runCli(sampleWeek('--tz', 'UTC', '--settings', bad));
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(`centaure: ${bad}: Invalid workbook path`);
  });

  it('reads a bare JSON array of events and a custom catalog', async () => {
    const events = file(
      'array.json',
      JSON.stringify([
        {
          id: 'a',
          subject: 'Brief',
          categories: ['Brief client'],
          start: { dateTime: '2026-11-16T09:00:00', timeZone: 'Europe/Paris' },
          end: { dateTime: '2026-11-16T11:30:00', timeZone: 'Europe/Paris' },
        },
      ]),
    );
    const catalog = file(
      'catalog.json',
      JSON.stringify([
        {
          code: 'BRIEF',
          label: 'Briefs',
          quadrant: 'I+U+',
          plannedHours: 4,
          category: 'Brief client',
        },
      ]),
    );
    const result = await runCli([
      'summarize',
      '--events',
      events,
      '--catalog',
      catalog,
      '--week',
      '2026-W47',
      '--tz',
      'UTC',
    ]);
    const json = JSON.parse(result.stdout);
    // 09:00–11:30 Paris = 2.5 h; planned 4 → −1.5; all of it important.
    expect(json.tasks).toEqual([
      {
        code: 'BRIEF',
        quadrant: 'I+U+',
        plannedHours: 4,
        actualHours: 2.5,
        deltaHours: -1.5,
        events: 1,
      },
    ]);
    expect(json.totals.importantShare).toBe(1);
  });

  it.each([
    [['summarize'], "required option '--events <file>' not specified", 2],
    [
      ['summarize', '--events', '/nonexistent/events.json'],
      'events file not found: /nonexistent/events.json',
      1,
    ],
    [
      ['summarize', '--events', SAMPLE, '--week', 'W47'],
      'Invalid week: "W47" (expected format: 2026-W47).',
      1,
    ],
    [['summarize', '--events', SAMPLE, '--tz', 'Lutece'], 'Unknown time zone: "Lutece"', 1],
    [['summarise', '--events', SAMPLE], "unknown command 'summarise'", 2],
  ])('%j fails with one line: %s', async (argv, message, code) => {
    const result = await runCli(argv);
    expect(result.code).toBe(code);
    expect(result.stderr).toContain(message);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stdout).toBe('');
  });

  it.each([
    [['summarize'], 'centaure: l’option obligatoire « --events <file> » manque'],
    [['summarise'], 'centaure: commande inconnue « summarise »'],
    [['summarize', '--events', SAMPLE, '--bogus'], 'centaure: option inconnue « --bogus »'],
    [
      ['summarize', '--events', SAMPLE, '--week'],
      'centaure: l’option « --week <iso> » attend une valeur',
    ],
  ])('%j says what is wrong in French to a French user', async (argv, line) => {
    const result = await runCli(argv, { language: 'fr' });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(`${line}\n`);
  });

  it('shows the commands when called with none', async () => {
    const result = await runCli([]);
    expect(result.code).toBe(2);
    for (const command of ['summarize', 'workbook', 'pull', 'emulator']) {
      expect(result.stderr).toContain(command);
    }
    expect(result.stderr).not.toContain('outputHelp');
  });

  it('names the catalog file and the faulty task', async () => {
    const catalog = file(
      'bad-catalog.json',
      JSON.stringify([{ code: 'OK', quadrant: 'I+U+', plannedHours: 'beaucoup' }]),
    );
    const result = await runCli(
      ['summarize', '--events', SAMPLE, '--catalog', catalog, '--week', '2026-W47', '--tz', 'UTC'],
      { language: 'fr' },
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      `centaure: ${catalog} : Catalogue, tâche n° 1 : les heures prévues de OK doivent être un nombre entre 0 et 168\n`,
    );
  });
});
