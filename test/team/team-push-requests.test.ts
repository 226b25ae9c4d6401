import type { LoggedRequest } from '../../src/emulator/request-log';
import { teamPush } from '../../src/core/team-rows';
import type { Scope } from '../../src/graph/scopes';
import { MemoryTeamOutbox } from '../../src/storage/team-outbox';
import { sendPendingTeamPushes } from '../../src/usecases/generate-week';
import type { TeamPushDeps } from '../../src/usecases/team-push';
import { flushTeamOutbox, joinTeam, pushWeekWithPending } from '../../src/usecases/team-push';
import { readTableRange } from '../../src/workbook/table-operations';
import { memberSummary } from './support/team-harness';
import { teamForThisFile } from './support/team-per-file';

/*
 * What one team push costs in Graph round trips, without faults, worked out by hand:
 *   1. `$batch`: `GET /me` (who the member is) and `GET /shares/{link}/driveItem` (where the
 *      team workbook is), neither waiting for the other;
 *   2. `POST …/workbook/createSession`;
 *   3. `$batch`, in the session: the layout marker and the `TeamWeekly` header row;
 *   4. `$batch`, in the session: the append, then `closeSession` once the append succeeded.
 * Four, for the first push after joining as for every later one: nothing is remembered from
 * one push to the next. A push left pending by an earlier run may have landed before that run
 * died, so wherever it is sent from (a flush, the pane's open) it is looked up by its push id
 * first: one read more, between the header and the append.
 */
const suite = teamForThisFile('Requests');

/** A fresh team workbook; the manager's requests that made it are not counted. */
async function newTeamWorkbook(): Promise<{ path: string; link: string }> {
  const created = await suite.newTeamWorkbook();
  suite.team.emulator.requests.clear();
  return created;
}

async function tableRows(path: string): Promise<number> {
  const range = await readTableRange(
    new Uint8Array(suite.team.emulator.drive.getFile(path)!),
    'TeamWeekly',
  );
  return range.values.slice(1).filter((row) => row.some((v) => v !== null && v !== '')).length;
}

const member = (): TeamPushDeps => ({ ...suite.team.member(1), outbox: new MemoryTeamOutbox() });

/** `POST $batch` or `POST …/createSession`: each round trip, named by what it is. */
const trip = (r: LoggedRequest) =>
  `${r.method} ${r.url.replace(/^\/v1\.0/, '').replace(/^\/drives\/[^/]+\/items\/[^/]+/, '…')}`;

/** The sub-requests of the `$batch`es, in the order they were answered. */
const insideBatches = () => suite.team.emulator.requests.list().filter((r) => r.viaBatch);

const EXPECTED_TRIPS = [
  'POST /$batch',
  'POST …/workbook/createSession',
  'POST /$batch',
  'POST /$batch',
];

/** The same, with the push-id check of a push an earlier run left pending. */
const EXPECTED_TRIPS_OF_PENDING = [
  ...EXPECTED_TRIPS.slice(0, 3),
  'GET …/workbook/tables/TeamWeekly/columns/Push%20id/range?$select=values',
  EXPECTED_TRIPS[3],
];

describe('a team push without faults costs four Graph round trips', () => {
  it('from the command line, the first push after joining and the next one alike', async () => {
    const { path, link } = await newTeamWorkbook();
    await joinTeam(member().graph, link);
    const deps = member();
    for (const round of [1, 2]) {
      suite.team.emulator.requests.clear();
      const { outcome } = await pushWeekWithPending(deps, memberSummary(1, round), {
        link,
        language: 'en',
      });
      expect(outcome).toMatchObject({ kind: 'pushed', rows: 8 });
      expect(suite.team.emulator.requests.roundTrips().map(trip)).toEqual(EXPECTED_TRIPS);
      // The workbook requests: the session, the marker and header, the append and close.
      expect(outcome.requests).toBe(3);
    }
    expect(await tableRows(path)).toBe(16);
  });

  it('every Excel request inside a $batch carries the session, and the session is closed', async () => {
    const { link } = await newTeamWorkbook();
    await pushWeekWithPending(member(), memberSummary(1), { link, language: 'en' });
    const created = suite.team.emulator.requests
      .roundTrips()
      .find((r) => /createSession/.test(r.url))!;
    expect(created.status).toBe(201);
    const excel = insideBatches().filter((r) => /\/workbook\//.test(r.url));
    expect(
      excel.map((r) => `${r.method} ${r.url.replace(/^.*\/workbook/, '')} ${r.status}`),
    ).toEqual(
      expect.arrayContaining([
        'GET /names/CentaureTeamLayout/range?$select=values 200',
        'GET /tables/TeamWeekly/headerRowRange?$select=values 200',
        'POST /tables/TeamWeekly/rows/add 200',
        'POST /closeSession 204',
      ]),
    );
    expect(excel).toHaveLength(4);
    const sessions = new Set(excel.map((r) => r.headers['workbook-session-id']));
    expect(sessions.size).toBe(1);
    expect([...sessions][0]).toMatch(/\S/);
    // The append never names a position: rows go at the end of the table.
    const append = excel.find((r) => /rows\/add/.test(r.url))!;
    expect(append.body).not.toHaveProperty('index');
  });

  it('a push left pending, sent at the pane’s open or by a flush, costs the same and its push-id check', async () => {
    const { path, link } = await newTeamWorkbook();
    const user = suite.team.emulator.users.all()[1];
    const pending = (pushId: string) =>
      teamPush(memberSummary(1), user.owner, { pushId, updatedAt: new Date(), language: 'en' });

    const deps = member();
    await deps.outbox.put({ link, push: pending('flushed'), mayBeApplied: false });
    const flushed = await flushTeamOutbox(deps);
    expect(flushed.outcomes.map((o) => o.kind)).toEqual(['pushed']);
    expect(suite.team.emulator.requests.roundTrips().map(trip)).toEqual(EXPECTED_TRIPS_OF_PENDING);

    suite.team.emulator.requests.clear();
    const outbox = new MemoryTeamOutbox();
    await outbox.put({ link, push: pending('at-open'), mayBeApplied: false });
    const pane = {
      tokens: {
        forScopes: (_scopes: readonly Scope[]) => ({ getAccessToken: async () => user.token }),
      },
      graphBaseUrl: suite.team.emulator.url,
      settings: { read: async () => undefined, write: async () => undefined },
      outbox,
    };
    expect(await sendPendingTeamPushes(pane, new Date())).toEqual([]);
    expect(suite.team.emulator.requests.roundTrips().map(trip)).toEqual(EXPECTED_TRIPS_OF_PENDING);
    expect(await tableRows(path)).toBe(16);
  });

  it('joining checks the same things in four round trips: the link, a session, marker and header, close', async () => {
    const { link } = await newTeamWorkbook();
    await joinTeam(member().graph, link);
    expect(suite.team.emulator.requests.roundTrips().map(trip)).toEqual([
      expect.stringMatching(/^GET \/shares\/u!\S+\/driveItem$/),
      'POST …/workbook/createSession',
      'POST /$batch',
      'POST …/workbook/closeSession',
    ]);
  });
});

describe('what batching changes under faults', () => {
  const subRequests = (pattern: RegExp) => insideBatches().filter((r) => pattern.test(r.url));
  const sessionsCreated = () =>
    suite.team.emulator.requests.roundTrips().filter((r) => /createSession/.test(r.url));

  it('the append and close lost after the append landed: a new session looks the push up, nothing is sent twice', async () => {
    const { path, link } = await newTeamWorkbook();
    suite.team.emulator.faults.add({
      method: 'POST',
      path: /rows\/add/,
      drop: true,
      afterRoute: true,
      times: 1,
    });
    const { outcome } = await pushWeekWithPending(member(), memberSummary(1), {
      link,
      language: 'en',
    });
    expect(outcome.kind).toBe('pushed');
    expect(await tableRows(path)).toBe(8);
    expect(subRequests(/rows\/add/)).toHaveLength(1);
    // The batch's close may have run: its session is never used again.
    expect(sessionsCreated()).toHaveLength(2);
    const first = subRequests(/rows\/add/)[0].headers['workbook-session-id'];
    const lookup = suite.team.emulator.requests
      .list()
      .find((r) => /columns\/Push%20id/.test(r.url))!;
    expect(lookup.status).toBe(200);
    expect(lookup.headers['workbook-session-id']).not.toBe(first);
  });

  it('an append refused while the workbook is locked keeps its session; the close goes with the append that succeeds', async () => {
    const { path, link } = await newTeamWorkbook();
    suite.team.emulator.faults.add({
      method: 'POST',
      path: /rows\/add/,
      status: 409,
      code: 'conflict',
      innerCode: 'EditModeCannotAcquireLock',
      times: 1,
    });
    const deps = { ...member(), retry: { sleep: async () => undefined } };
    const { outcome } = await pushWeekWithPending(deps, memberSummary(1), {
      link,
      language: 'en',
    });
    expect(outcome.kind).toBe('pushed');
    expect(await tableRows(path)).toBe(8);
    expect(sessionsCreated()).toHaveLength(1);
    // Graph does not run a request whose `dependsOn` failed (it answers 424 for it), so the
    // session stays open for the retry; the close runs once, after the append that succeeded.
    expect(subRequests(/closeSession/).map((r) => r.status)).toEqual([204]);
    expect(subRequests(/rows\/add/).map((r) => r.status)).toEqual([409, 200]);
  });

  it('a header read throttled: the marker’s answer is kept and only the header is asked again', async () => {
    const { link } = await newTeamWorkbook();
    suite.team.emulator.faults.add({
      method: 'GET',
      path: /headerRowRange/,
      status: 429,
      retryAfterSeconds: 1,
      times: 1,
    });
    const sleeps: number[] = [];
    const deps = { ...member(), retry: { sleep: async (ms: number) => void sleeps.push(ms) } };
    const { outcome } = await pushWeekWithPending(deps, memberSummary(1), {
      link,
      language: 'en',
    });
    expect(outcome.kind).toBe('pushed');
    expect(sleeps).toEqual([1000]);
    expect(subRequests(/names\/CentaureTeamLayout/)).toHaveLength(1);
    expect(subRequests(/headerRowRange/).map((r) => r.status)).toEqual([429, 200]);
    expect(suite.team.emulator.requests.roundTrips().map(trip)).toEqual([
      ...EXPECTED_TRIPS.slice(0, 3),
      'POST /$batch',
      EXPECTED_TRIPS[3],
    ]);
  });

  it('who the member is, throttled inside the first batch, is asked again; the link’s answer is kept', async () => {
    const { path, link } = await newTeamWorkbook();
    suite.team.emulator.faults.add({
      method: 'GET',
      path: '/me',
      status: 503,
      retryAfterSeconds: 0,
      times: 1,
    });
    const { outcome } = await pushWeekWithPending(member(), memberSummary(1), {
      link,
      language: 'en',
    });
    expect(outcome.kind).toBe('pushed');
    expect(subRequests(/^\/v1\.0\/me\?/).map((r) => r.status)).toEqual([503, 200]);
    expect(subRequests(/\/shares\//)).toHaveLength(1);
    expect(await tableRows(path)).toBe(8);
  });
});
