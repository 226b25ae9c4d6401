import JSZip from 'jszip';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FileTeamOutbox } from '../../src/storage/file-team-outbox';
import { MemoryTeamOutbox } from '../../src/storage/team-outbox';
import { TeamWorkbookError } from '../../src/usecases/team-errors';
import type { TeamPushDeps } from '../../src/usecases/team-push';
import { flushTeamOutbox, joinTeam, leaveTeam, pushWeekToTeam } from '../../src/usecases/team-push';
import { createTeamWorkbook, readTeamWeek } from '../../src/usecases/team-workbook';
import { parseIsoWeek } from '../../src/core/week';
import { generateWeek, sendPendingTeamPushes } from '../../src/usecases/generate-week';
import { teamPush } from '../../src/core/team-rows';
import type { Scope } from '../../src/graph/scopes';
import { DEFAULT_USER_SETTINGS } from '../../src/core/user-settings';
import { readTeamLink, writeTeamLink } from '../../src/usecases/team-settings';
import { saveUserSettings } from '../../src/usecases/user-settings';
import {
  joinTeamWithLink,
  leaveTeamNow,
  readTeamStanding,
  shareTeamWorkbook,
} from '../../src/usecases/team-pane';
import { setNamedCell } from '../../src/workbook/table-operations';
import { teamTemplate } from '../../src/workbook/team-template';
import { trackingTemplate } from '../../src/workbook/template';
import { readTableRange } from '../../src/workbook/table-operations';
import { trustEmulatorCa } from '../../src/emulator/trust-ca';
import { APPEND_LOCKED, memberSummary, startTeam, WEEK } from './support/team-harness';
import { teamForThisFile } from './support/team-per-file';

const suite = teamForThisFile('Equipe');
const { newTeamWorkbook } = suite;
/** Files put in the drive by hand, numbered. */
let handFiles = 0;
const dir = mkdtempSync(join(tmpdir(), 'centaure-team-lifecycle-'));

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** A file put in the manager's drive by hand and shared with a link of the given type. */
async function sharedFile(bytes: Uint8Array, type: 'edit' | 'view' = 'edit'): Promise<string> {
  handFiles += 1;
  const path = `/Centaure/Hand ${handFiles}.xlsx`;
  suite.team.emulator.drive.putFile(path, Buffer.from(bytes));
  return suite.team.emulator.drive.share(path, type);
}

async function tableRows(path: string): Promise<(string | number | null)[][]> {
  const range = await readTableRange(
    new Uint8Array(suite.team.emulator.drive.getFile(path)!),
    'TeamWeekly',
  );
  return range.values.slice(1).filter((row) => row.some((v) => v !== null && v !== ''));
}

const member = (): TeamPushDeps => ({ ...suite.team.member(1), outbox: new MemoryTeamOutbox() });

async function refusal(work: Promise<unknown>): Promise<TeamWorkbookError> {
  const error = await work.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(TeamWorkbookError);
  return error as TeamWorkbookError;
}

describe('joining a team', () => {
  it('accepts the manager’s link to a team workbook, writing nothing', async () => {
    const { path, link } = await newTeamWorkbook();
    const joined = await joinTeam(member().graph, link);
    expect(joined.file.name).toBe(path.slice('/Centaure/'.length));
    expect(await tableRows(path)).toEqual([]);
  });

  it('says so when what was pasted is not a sharing link', async () => {
    const error = await refusal(joinTeam(member().graph, 'Equipe.xlsx'));
    expect(error.code).toBe('team-bad-link');
    expect(error.in('fr')).toBe(
      '« Equipe.xlsx » n’est pas un lien de partage OneDrive ou SharePoint : collez le lien que votre responsable vous a donné.',
    );
  });

  it('says so when the link leads nowhere', async () => {
    const error = await refusal(
      joinTeam(member().graph, 'https://contoso-my.sharepoint.com/:x:/g/personal/x/NoSuchLink'),
    );
    expect(error.code).toBe('team-link-gone');
  });

  it('says team workbooks need work or school accounts when the link is to a personal OneDrive', async () => {
    const link = await sharedFile(await teamTemplate('en', WEEK));
    suite.team.emulator.drive.driveType = 'personal';
    try {
      const error = await refusal(joinTeam(member().graph, link));
      expect(error.code).toBe('team-personal-account');
      expect(error.in('en')).toContain('team workbooks need work or school accounts');
    } finally {
      suite.team.emulator.drive.driveType = 'business';
    }
  });

  it('refuses a workbook that is not a team workbook', async () => {
    const link = await sharedFile(await trackingTemplate('en', WEEK));
    const error = await refusal(joinTeam(member().graph, link));
    expect(error.code).toBe('team-not-team-workbook');
    expect(error.in('en')).toMatch(/^Hand \d+\.xlsx is not a Centaure team workbook/);
  });
});

describe('the Manager view', () => {
  it('reads the team’s grid for a week from the workbook in the manager’s OneDrive', async () => {
    const { path, link } = await newTeamWorkbook();
    await pushWeekToTeam(member(), memberSummary(1), { link, language: 'en' });
    const grid = await readTeamWeek(suite.team.manager, { path, week: WEEK });
    // Member 1: (1 + 3k) mod 5 hours on task k: MAIL 1, REU 4, ADM 2, VEIL 0, OPE 3, MGT 1, STRAT 4, CRISE 2.
    expect(grid.members.map((m) => [m.member.displayName, m.taggedHours])).toEqual([
      ['Membre 01', 17],
    ]);
    expect(grid.members[0].quadrantHours).toEqual({ 'I+U+': 3, 'I-U+': 4, 'I+U-': 8, 'I-U-': 2 });
  });

  it('says so when there is no team workbook yet', async () => {
    const error = await refusal(
      readTeamWeek(suite.team.manager, { path: '/Nowhere.xlsx', week: WEEK }),
    );
    expect(error.code).toBe('team-workbook-missing');
  });
});

describe('a push meeting a workbook that changed', () => {
  async function refusedPush(
    link: string,
  ): Promise<{ error: TeamWorkbookError; deps: TeamPushDeps }> {
    const deps = member();
    const error = await refusal(pushWeekToTeam(deps, memberSummary(1), { link, language: 'en' }));
    // Nothing of the member's is lost: the push waits in the outbox.
    expect((await deps.outbox.list()).map((e) => e.push.week)).toEqual([WEEK]);
    return { error, deps };
  }

  it('revoked link: ask the manager for a new one', async () => {
    const { path, link } = await newTeamWorkbook();
    suite.team.emulator.drive.revokeLinks(path);
    const { error } = await refusedPush(link);
    expect(error.code).toBe('team-link-gone');
    expect(error.in('en')).toContain('Ask your manager for a new link');
  });

  it('deleted workbook: the link leads nowhere', async () => {
    const { path, link } = await newTeamWorkbook();
    suite.team.emulator.drive.remove(path);
    expect((await refusedPush(link)).error.code).toBe('team-link-gone');
  });

  it('moved and renamed workbook: the link follows it and the push lands there', async () => {
    const { path, link } = await newTeamWorkbook();
    suite.team.emulator.drive.move(path, '/Archive/Team 2026.xlsx');
    const outcome = await pushWeekToTeam(member(), memberSummary(1), { link, language: 'en' });
    expect(outcome).toMatchObject({ kind: 'pushed', workbook: 'Team 2026.xlsx', rows: 8 });
    expect(await tableRows('/Archive/Team 2026.xlsx')).toHaveLength(8);
  });

  it('no write access (a view link): ask for an edit link', async () => {
    const link = await sharedFile(await teamTemplate('en', WEEK), 'view');
    const { error } = await refusedPush(link);
    expect(error.code).toBe('team-no-write-access');
    expect(error.in('fr')).toMatch(
      /^Vous pouvez lire le classeur d’équipe Hand \d+\.xlsx mais pas y écrire/,
    );
  });

  it('TeamWeekly table removed by hand: the manager must restore it', async () => {
    const zip = await JSZip.loadAsync(await teamTemplate('en', WEEK));
    const part = 'xl/tables/table1.xml';
    zip.file(part, (await zip.file(part)!.async('string')).replace(/TeamWeekly/g, 'Renamed'));
    const link = await sharedFile(await zip.generateAsync({ type: 'uint8array' }));
    const { error } = await refusedPush(link);
    expect(error.code).toBe('team-table-removed');
  });

  it('a layout from a newer Centaure: update first', async () => {
    const future = await setNamedCell(
      await teamTemplate('en', WEEK),
      'CentaureTeamLayout',
      'team/2',
    );
    const { error } = await refusedPush(await sharedFile(future));
    expect(error.code).toBe('team-future-layout');
    expect(error.in('en')).toContain('was made by a newer Centaure (team/2)');
  });

  it('leaving the team forgets the pushes waiting for it', async () => {
    const { path, link } = await newTeamWorkbook();
    suite.team.emulator.drive.revokeLinks(path);
    const { deps } = await refusedPush(link);
    await leaveTeam(deps.outbox, link);
    expect(await deps.outbox.list()).toEqual([]);
  });
});

describe('a push under faults', () => {
  // Appends travel inside a `$batch` (with the session's close): each is logged on its own.
  const appends = () =>
    suite.team.emulator.requests.list().filter((r) => /rows\/add/.test(r.url)).length;

  it('an append whose answer was lost after it took effect is looked up, not sent twice', async () => {
    const { path, link } = await newTeamWorkbook();
    suite.team.emulator.faults.add({
      method: 'POST',
      path: /rows\/add/,
      drop: true,
      afterRoute: true,
      times: 1,
    });
    const outcome = await pushWeekToTeam(member(), memberSummary(1), { link, language: 'en' });
    expect(outcome.kind).toBe('pushed');
    expect(appends()).toBe(1);
    expect(await tableRows(path)).toHaveLength(8);
  });

  it('a gateway timeout after the append took effect: the same', async () => {
    const { path, link } = await newTeamWorkbook();
    suite.team.emulator.faults.add({
      method: 'POST',
      path: /rows\/add/,
      status: 504,
      afterRoute: true,
      times: 1,
    });
    await pushWeekToTeam(member(), memberSummary(1), { link, language: 'en' });
    expect(await tableRows(path)).toHaveLength(8);
  });

  it('a gateway timeout before the append: it is sent again', async () => {
    const { path, link } = await newTeamWorkbook();
    suite.team.emulator.faults.add({ method: 'POST', path: /rows\/add/, status: 504, times: 1 });
    await pushWeekToTeam(member(), memberSummary(1), { link, language: 'en' });
    expect(appends()).toBe(2);
    expect(await tableRows(path)).toHaveLength(8);
  });

  it('throttling honours Retry-After; a lost session is created again', async () => {
    const { path, link } = await newTeamWorkbook();
    suite.team.emulator.faults.add({
      method: 'POST',
      path: /rows\/add/,
      status: 429,
      retryAfterSeconds: 1,
      times: 1,
    });
    suite.team.emulator.faults.add({
      method: 'GET',
      path: /headerRowRange/,
      status: 404,
      code: 'itemNotFound',
      innerCode: 'invalidSessionReCreatable',
      times: 1,
    });
    const sleeps: number[] = [];
    const deps = { ...member(), retry: { sleep: async (ms: number) => void sleeps.push(ms) } };
    await pushWeekToTeam(deps, memberSummary(1), { link, language: 'en' });
    expect(sleeps).toContain(1000);
    const sessions = suite.team.emulator.requests
      .roundTrips()
      .filter((r) => /createSession/.test(r.url));
    expect(sessions).toHaveLength(2);
    expect(await tableRows(path)).toHaveLength(8);
  });

  it('a workbook locked for too long: the push waits in the outbox and goes at the next open', async () => {
    const { path, link } = await newTeamWorkbook();
    const lock = suite.team.emulator.faults.add(APPEND_LOCKED);
    const deps = { ...member(), retry: { maxAttempts: 3, sleep: async () => undefined } };
    const outcome = await pushWeekToTeam(deps, memberSummary(1), { link, language: 'en' });
    expect(outcome).toMatchObject({ kind: 'pending', reason: 'busy', week: WEEK });
    expect(outcome.kind === 'pending' && outcome.message.en).toBe(
      'Week 2026-W47 could not be sent to the team workbook (workbook busy or service throttling for too long): it is pending and will go at the next open or Generate.',
    );
    expect(await tableRows(path)).toEqual([]);
    lock.remove();
    const flushed = await flushTeamOutbox(deps);
    expect(flushed.outcomes.map((o) => o.kind)).toEqual(['pushed']);
    expect(flushed.pending).toEqual([]);
    expect(await tableRows(path)).toHaveLength(8);
  });

  it('a session slow to create is polled until it exists', async () => {
    const slow = await startTeam({ members: 1, excel: { slowSessionCreationPolls: 2 } });
    try {
      const { link } = await createTeamWorkbook(slow.manager, { language: 'en', week: WEEK });
      const outcome = await pushWeekToTeam(slow.member(1), memberSummary(1), {
        link,
        language: 'en',
      });
      expect(outcome.kind).toBe('pushed');
      const polls = slow.emulator.requests
        .roundTrips()
        .filter((r) => /workbook\/operations\//.test(r.url));
      expect(polls.map((r) => r.status)).toEqual([200, 200, 200]);
    } finally {
      await slow.emulator.close();
      trustEmulatorCa(suite.team.emulator.caPem);
    }
  });
});

describe('the outbox', () => {
  it('keeps one pending push per week and link: a later push of the week supersedes it; the file survives the process', async () => {
    const { path, link } = await newTeamWorkbook();
    suite.team.emulator.drive.revokeLinks(path);
    const deps = { ...member(), outbox: new FileTeamOutbox(join(dir, 'outbox.json')) };
    await refusal(pushWeekToTeam(deps, memberSummary(1), { link, language: 'en' }));
    await refusal(pushWeekToTeam(deps, memberSummary(1, 2), { link, language: 'en' }));
    const pending = await new FileTeamOutbox(join(dir, 'outbox.json')).list();
    expect(pending).toHaveLength(1);
    expect(pending[0].push.rows.find((r) => r.code === 'MAIL')!.actualHours).toBe(3);
    expect(pending[0].push.updatedAt).toBeInstanceOf(Date);
  });
  it('a push of a week supersedes its pending push, which is never appended; other weeks go in the same session', async () => {
    const { path, link } = await newTeamWorkbook();
    const lock = suite.team.emulator.faults.add(APPEND_LOCKED);
    const deps = { ...member(), retry: { maxAttempts: 3, sleep: async () => undefined } };
    const first = await pushWeekToTeam(deps, memberSummary(1), { link, language: 'en' });
    expect(first.kind).toBe('pending');
    const user = suite.team.emulator.users.all()[1];
    const otherWeek = teamPush(memberSummary(1), user.owner, {
      pushId: 'other-week',
      updatedAt: new Date(),
      language: 'en',
    });
    await deps.outbox.put({
      link,
      push: {
        ...otherWeek,
        week: '2026-W46',
        rows: otherWeek.rows.map((r) => ({ ...r, week: '2026-W46' })),
      },
      mayBeApplied: false,
    });
    lock.remove();
    suite.team.emulator.requests.clear();
    const outcome = await pushWeekToTeam(deps, memberSummary(1, 2), { link, language: 'en' });
    expect(outcome).toMatchObject({ kind: 'pushed', week: WEEK, rows: 8 });
    // Requests sent alone or inside a `$batch`, each counted once.
    const sent = (pattern: RegExp) =>
      suite.team.emulator.requests.list().filter((r) => pattern.test(r.url)).length;
    // The other week, then the newer push of this one: the pending one of this week never goes.
    expect(sent(/rows\/add/)).toBe(2);
    expect(sent(/createSession/)).toBe(1);
    expect(sent(/\/shares\//)).toBe(1);
    const rows = await tableRows(path);
    expect(rows).toHaveLength(16);
    expect(rows.filter((row) => row[0] === WEEK && row[3] === 'MAIL').map((row) => row[7])).toEqual(
      [3],
    );
    expect(await deps.outbox.list()).toEqual([]);
  });
});

describe('Generate', () => {
  /**
   * Member 1 in the pane: their token, their settings (the tracking workbook's path, the team
   * link) and a fresh outbox.
   */
  const generating = (link: string, workbookPath: string) => {
    const values = new Map<string, unknown>();
    const settings = {
      read: async (key: string) => values.get(key),
      write: async (key: string, value: unknown) => {
        values.set(key, value);
      },
    };
    const user = suite.team.emulator.users.all()[1];
    return {
      user,
      deps: {
        tokens: {
          forScopes: (_scopes: readonly Scope[]) => ({ getAccessToken: async () => user.token }),
        },
        graphBaseUrl: suite.team.emulator.url,
        settings,
        outbox: new MemoryTeamOutbox(),
      },
      ready: saveUserSettings(settings, { ...DEFAULT_USER_SETTINGS, workbookPath }).then(() =>
        writeTeamLink(settings, link),
      ),
    };
  };
  const request = {
    week: parseIsoWeek(WEEK),
    language: 'en' as const,
    now: new Date(),
    onStep: () => undefined,
  };

  it('writes the personal workbook, then the team push of the week read from the calendar', async () => {
    const { path, link } = await newTeamWorkbook();
    const { user, deps, ready } = generating(link, '/Centaure/Generate 1.xlsx');
    await ready;
    // Two hours of MGT on the Wednesday: the other seven tasks go at zero.
    user.mailbox.addEvent({
      subject: 'Point équipe',
      start: { dateTime: '2026-11-18T09:00:00', timeZone: 'Europe/Paris' },
      end: { dateTime: '2026-11-18T11:00:00', timeZone: 'Europe/Paris' },
      categories: ['MGT'],
    });
    const done = await generateWeek(deps, request);
    expect(done.personal.kind).toBe('created');
    expect(user.drive.getFile('/Centaure/Generate 1.xlsx')).toBeDefined();
    expect(done.team).toMatchObject({ kind: 'pushed', rows: 8 });
    expect(done.pending).toEqual([]);
    const rows = await tableRows(path);
    expect(rows).toHaveLength(8);
    expect(rows.filter((row) => row[7] !== 0).map((row) => [row[3], row[7]])).toEqual([['MGT', 2]]);
  });

  it('writes the personal workbook whatever happens to the team push, which waits in the outbox', async () => {
    const { path, link } = await newTeamWorkbook();
    suite.team.emulator.drive.revokeLinks(path);
    const { user, deps, ready } = generating(link, '/Centaure/Generate 2.xlsx');
    await ready;
    const done = await generateWeek(deps, request);
    expect(done.personal.kind).toBe('created');
    expect(user.drive.getFile('/Centaure/Generate 2.xlsx')).toBeDefined();
    expect(done.team.kind === 'failed' && done.team.code).toBe('team-link-gone');
    expect(done.pending.map((p) => p.push.week)).toEqual([WEEK]);
  });

  it('says the pending week as the pane does, "Week 47", not its ISO code', async () => {
    const { link } = await newTeamWorkbook();
    const lock = suite.team.emulator.faults.add(APPEND_LOCKED);
    try {
      const { deps, ready } = generating(link, '/Centaure/Generate 4.xlsx');
      await ready;
      const busy = { ...deps, teamRetry: { maxAttempts: 2, sleep: async () => undefined } };
      const done = await generateWeek(busy, request);
      expect(done.team.kind === 'pending' && done.team.message).toEqual({
        fr: 'La semaine 47 n’a pas pu être envoyée au classeur d’équipe (classeur occupé ou service surchargé trop longtemps) : elle est en attente et repartira à la prochaine ouverture ou génération.',
        en: 'Week 47 could not be sent to the team workbook (workbook busy or service throttling for too long): it is pending and will go at the next open or Generate.',
      });
    } finally {
      lock.remove();
    }
  });

  it('at the pane’s open, sends the push left pending, and asks for no token when none is', async () => {
    const { path, link } = await newTeamWorkbook();
    const { user, deps } = generating(link, '/Centaure/Generate 3.xlsx');
    let asked = 0;
    const counting = {
      ...deps,
      tokens: {
        forScopes: (scopes: readonly Scope[]) => {
          asked += 1;
          return deps.tokens.forScopes(scopes);
        },
      },
    };
    expect(await sendPendingTeamPushes(counting, new Date())).toEqual([]);
    expect(asked).toBe(0);

    const member = { id: user.owner.id, displayName: user.owner.displayName };
    const push = teamPush(memberSummary(1), member, {
      pushId: 'left-pending',
      updatedAt: new Date(),
      language: 'en',
    });
    await deps.outbox.put({ link, push, mayBeApplied: false });
    expect(await sendPendingTeamPushes(counting, new Date())).toEqual([]);
    expect(asked).toBe(1);
    expect(await deps.outbox.list()).toEqual([]);
    expect(await tableRows(path)).toHaveLength(8);
  });
});

describe('the Team view’s use-cases', () => {
  /** A user of the emulated tenant in the pane, recording the scopes each token is asked for. */
  const pane = (n: number) => {
    const values = new Map<string, unknown>();
    const asked: string[][] = [];
    const user = suite.team.emulator.users.all()[n];
    const deps = {
      tokens: {
        forScopes: (scopes: readonly Scope[]) => {
          asked.push([...scopes]);
          return { getAccessToken: async () => user.token };
        },
      },
      graphBaseUrl: suite.team.emulator.url,
      settings: {
        read: async (key: string) => values.get(key),
        write: async (key: string, value: unknown) => {
          values.set(key, value);
        },
      },
      outbox: new MemoryTeamOutbox(),
    };
    return { deps, asked };
  };

  it('shares the manager’s workbook with Files.ReadWrite only; joining asks for Files.ReadWrite.All', async () => {
    const manager = pane(0);
    const shared = await shareTeamWorkbook(manager.deps, { language: 'fr', week: WEEK });
    expect(manager.asked).toEqual([['Files.ReadWrite']]);
    expect(await readTeamStanding(manager.deps.settings)).toEqual({
      joinedLink: null,
      ownLink: shared.link,
    });

    const member = pane(1);
    const joined = await joinTeamWithLink(member.deps, `  ${shared.link}\n`);
    expect(joined.fileName).toBe(shared.fileName);
    expect(member.asked).toEqual([['Files.ReadWrite.All', 'User.Read']]);
    expect(await readTeamStanding(member.deps.settings)).toEqual({
      joinedLink: shared.link,
      ownLink: null,
    });
  });

  it('keeps no link that failed its check, and leaving forgets the link and its pending pushes', async () => {
    const { path, link } = await newTeamWorkbook();
    const member = pane(1);
    suite.team.emulator.drive.revokeLinks(path);
    await refusal(joinTeamWithLink(member.deps, link));
    expect(await readTeamLink(member.deps.settings)).toBeNull();

    await writeTeamLink(member.deps.settings, link);
    const user = suite.team.emulator.users.all()[1];
    const push = teamPush(memberSummary(1), user.owner, {
      pushId: 'to-forget',
      updatedAt: new Date(),
      language: 'en',
    });
    await member.deps.outbox.put({ link, push, mayBeApplied: false });
    await leaveTeamNow(member.deps);
    expect(await readTeamLink(member.deps.settings)).toBeNull();
    expect(await member.deps.outbox.list()).toEqual([]);
  });
});
