import { MemoryTeamOutbox } from '../../src/storage/team-outbox';
import { parseIsoWeek } from '../../src/core/week';
import { generateWeek, pendingWeeks, type GenerateStep } from '../../src/usecases/generate-week';
import { startGraphEmulator, type GraphEmulator } from '../../src/emulator';
import { registerExcelRoutes } from '../../src/emulator/routes/excel-workbook';
import { trustEmulatorCa } from '../../src/emulator/trust-ca';
import { memorySettings } from '../support/memory-settings';

const PATH = '/Centaure/Centaure.xlsx';
// Three workbook writes through the emulator: seconds on an idle machine, more on a busy one.
jest.setTimeout(120_000);
const WEEK = parseIsoWeek('2026-W47');

let emulator: GraphEmulator;
beforeAll(async () => {
  emulator = await startGraphEmulator({ seed: 'demo', week: WEEK });
  trustEmulatorCa(emulator.caPem);
  // A personal OneDrive: no Excel REST API, so a workbook open in Excel cannot be written.
  registerExcelRoutes(emulator, { available: false });
});
afterAll(() => emulator.close());

describe('generating the week from the taskpane', () => {
  it('keeps a week it could not write and writes it on the retry', async () => {
    const settings = memorySettings();
    const deps = {
      tokens: { forScopes: () => ({ getAccessToken: async () => emulator.token }) },
      graphBaseUrl: emulator.url,
      settings,
      outbox: new MemoryTeamOutbox(),
    };
    const steps: GenerateStep[] = [];
    const request = {
      week: WEEK,
      language: 'en' as const,
      now: new Date('2026-11-22T18:00:00Z'),
      onStep: (step: GenerateStep) => steps.push(step),
    };

    expect((await generateWeek(deps, request)).personal).toMatchObject({
      kind: 'created',
      week: '2026-W47',
      fileName: 'Centaure.xlsx',
    });
    expect(steps).toEqual(['read', 'count', 'write']);

    emulator.drive.lock(PATH);
    const locked = (await generateWeek(deps, request)).personal;
    expect(locked).toMatchObject({ kind: 'retryLater', week: '2026-W47' });
    expect(locked.kind === 'retryLater' && locked.message.en).toContain('is open in Excel');
    expect(await pendingWeeks(settings)).toEqual(['2026-W47']);

    emulator.drive.unlock(PATH);
    expect((await generateWeek(deps, request)).personal).toMatchObject({
      kind: 'updated',
      week: '2026-W47',
    });
    expect(await pendingWeeks(settings)).toEqual([]);
  });

  it('keeps the week when Graph refuses the token, and says why', async () => {
    const settings = memorySettings();
    const deps = {
      tokens: { forScopes: () => ({ getAccessToken: async () => 'not-the-token' }) },
      graphBaseUrl: emulator.url,
      settings,
      outbox: new MemoryTeamOutbox(),
    };
    const { personal: result, team } = await generateWeek(deps, {
      week: WEEK,
      language: 'fr',
      now: new Date(),
      onStep: () => undefined,
    });
    expect(team).toEqual({ kind: 'notInTeam' });
    expect(result.kind).toBe('failed');
    expect(result.kind === 'failed' && result.message.fr).not.toBe('');
    expect(await pendingWeeks(settings)).toEqual(['2026-W47']);
  });

  it('says stored settings it cannot use are the problem, and still ends with an outcome', async () => {
    const settings = memorySettings();
    await settings.write('centaure.settings', { catalog: 'not a catalog' });
    const deps = {
      tokens: { forScopes: () => ({ getAccessToken: async () => emulator.token }) },
      graphBaseUrl: emulator.url,
      settings,
      outbox: new MemoryTeamOutbox(),
    };
    const outcome = await generateWeek(deps, {
      week: WEEK,
      language: 'en',
      now: new Date(),
      onStep: () => undefined,
    });
    expect(outcome.team).toEqual({ kind: 'notInTeam' });
    expect(outcome.personal.kind).toBe('failed');
    expect(outcome.personal.kind === 'failed' && outcome.personal.message.en).toMatch(/catalog/i);
    expect(await pendingWeeks(settings)).toEqual(['2026-W47']);
  });

  it('says at once there is no connection when the device is offline, and keeps the week', async () => {
    const settings = memorySettings();
    let offline = true;
    const deps = {
      tokens: { forScopes: () => ({ getAccessToken: async () => emulator.token }) },
      graphBaseUrl: emulator.url,
      settings,
      outbox: new MemoryTeamOutbox(),
      offline: () => offline,
    };
    const steps: GenerateStep[] = [];
    const request = {
      week: WEEK,
      language: 'fr' as const,
      now: new Date('2026-11-22T18:00:00Z'),
      onStep: (step: GenerateStep) => steps.push(step),
    };
    emulator.requests.clear();
    const { personal } = await generateWeek(deps, request);
    expect(personal).toEqual({
      kind: 'failed',
      week: '2026-W47',
      offline: true,
      message: {
        fr: 'Pas de connexion : la semaine sera écrite au prochain essai.',
        en: 'No connection: the week will be written at the next try.',
      },
    });
    // Stopped on the first step, before any request.
    expect(steps).toEqual(['read']);
    expect(emulator.requests.list()).toEqual([]);
    expect(await pendingWeeks(settings)).toEqual(['2026-W47']);

    offline = false;
    // Written (the workbook an earlier test of this file made gets the week again).
    expect((await generateWeek(deps, request)).personal.kind).toMatch(/^(created|updated)$/);
    expect(await pendingWeeks(settings)).toEqual([]);
  });

  it('says there is no connection when the network drops during the run, without a URL', async () => {
    const settings = memorySettings();
    // Online when the run starts (the first question), offline by the time a request fails:
    // a cable pulled mid-run. The failed request is not retried: no minute of waiting.
    let asked = 0;
    const deps = {
      tokens: { forScopes: () => ({ getAccessToken: async () => emulator.token }) },
      graphBaseUrl: emulator.url,
      settings,
      outbox: new MemoryTeamOutbox(),
      offline: () => (asked += 1) > 1,
    };
    emulator.faults.add({ path: /calendarView/i, drop: true });
    emulator.requests.clear();
    const request = {
      week: WEEK,
      language: 'en' as const,
      now: new Date('2026-11-22T18:00:00Z'),
      onStep: () => undefined,
    };
    const { personal } = await generateWeek(deps, request);
    emulator.faults.clear();
    expect(personal).toMatchObject({ kind: 'failed', offline: true });
    expect(emulator.requests.list().filter((r) => /calendarView/i.test(r.url))).toHaveLength(1);
    expect(JSON.stringify(personal)).not.toMatch(/https?:|127\.0\.0\.1|Graph/);
    expect(await pendingWeeks(settings)).toEqual(['2026-W47']);
  });
});
