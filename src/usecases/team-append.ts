import type { TeamPush } from '../core/team-rows';
import type { GraphClient } from '../graph/client';
import type { DriveFile } from '../graph/drive';
import type { GraphAttempt, GraphFailure } from '../graph/graph-call';
import { OPERATIONS } from '../graph/operations';
import { requestError } from '../graph/graph-call';
import type { RetryPolicy } from '../graph/retry-policy';
import { DEFAULT_RETRY_POLICY, RetryBudget } from '../graph/retry-policy';
import { requiredColumnPositions } from '../workbook/column-positions';
import type { ExcelValue } from '../workbook/excel-api-upsert';
import { excelValue } from '../workbook/excel-api-upsert';
import type { CellData } from '../workbook/layout';
import { columnIndex } from '../workbook/layout';
import {
  TEAM_LAYOUT_NAME,
  TEAM_LAYOUT_PREFIX,
  TEAM_LAYOUT_VERSION,
  TEAM_WEEKLY,
} from '../workbook/team-layout';
import { teamRowCells } from '../workbook/team-rows';
import { GraphExcelSession } from './graph-excel-session';
import {
  columnMissing,
  futureLayout,
  linkGone,
  noWriteAccess,
  notTeamWorkbook,
  tableRemoved,
} from './team-errors';

/**
 * How long a push keeps trying before it goes to the outbox: Excel asks clients to wait out
 * edit locks and throttling rather than hammer the workbook, so a push may wait a while, but
 * never more than two minutes of the member's Generate.
 */
export const TEAM_PUSH_POLICY: RetryPolicy = {
  ...DEFAULT_RETRY_POLICY,
  maxAttempts: 40,
  maxTotalWaitMs: 120_000,
  initialBackoffMs: 400,
  maxBackoffMs: 8_000,
};

/** Why a push stopped short without being refused: it goes to the outbox, to be sent again. */
export type DeferReason = 'offline' | 'busy' | 'failed';

/** A push that could not complete now; `mayBeApplied` when the last append went unanswered. */
export class TeamPushDeferred extends Error {
  constructor(
    readonly reason: DeferReason,
    readonly mayBeApplied: boolean,
    override readonly cause: Error,
  ) {
    super(`team push deferred (${reason}): ${cause.message}`);
    this.name = 'TeamPushDeferred';
  }
}

/** What to do about one failed request, as Microsoft's "Error handling in Excel APIs" says. */
type Verdict =
  /** Send it again after the wait; `applied`: the request may have taken effect already. */
  | { kind: 'retry'; delayMs: number | null; applied: boolean; busy: boolean }
  /** The session is gone (`invalidSessionReCreatable`): open a new one, then send it again. */
  | { kind: 'newSession'; delayMs: number | null }
  /** Resending will not help. */
  | { kind: 'stop'; applied: boolean };

const has = (failure: GraphFailure, ...codes: string[]) =>
  failure.codes.some((code) => codes.includes(code.toLowerCase()));

/** Reads a failure the way the Excel error guide orders it: second-level codes, then top-level, then status. */
export function verdictOf(failure: GraphFailure, writes: boolean): Verdict {
  const wait = failure.retryAfterSeconds === null ? null : failure.retryAfterSeconds * 1000;
  if (failure.connection === 'unreachable') {
    return { kind: 'retry', delayMs: null, applied: writes, busy: false };
  }
  if (failure.connection !== null) return { kind: 'stop', applied: false };
  // A request that timed out may have reached the workbook, as with a dropped connection.
  if (failure.limit === 'timeout') {
    return { kind: 'retry', delayMs: null, applied: writes, busy: false };
  }
  if (failure.limit !== null) return { kind: 'stop', applied: writes };
  if (has(failure, 'invalidsessionrecreatable')) return { kind: 'newSession', delayMs: wait };
  // Another client holds the workbook: the session may be recreated once the conflict is over.
  if (has(failure, 'invalidsessionaccessconflict')) return { kind: 'newSession', delayMs: wait };
  if (failure.codes.some((code) => /^invalidsession/i.test(code))) {
    return { kind: 'stop', applied: false };
  }
  const status = failure.status;
  // Conflicts with the sheet's content, not with another client: resending cannot help.
  if (has(failure, 'insertdeleteconflict', 'filteredrangeconflict', 'nonblankcelloffsheet')) {
    return { kind: 'stop', applied: false };
  }
  if (
    status === 429 ||
    status === 503 ||
    has(failure, 'toomanyrequests', 'toomanyrequestsuncategorized', 'serviceunavailable') ||
    has(failure, 'serviceunavailableuncategorized', 'transientfailure', 'activitylimitreached')
  ) {
    return { kind: 'retry', delayMs: wait, applied: false, busy: true };
  }
  if (status === 504 || has(failure, 'gatewaytimeout', 'gatewaytimeoutuncategorized')) {
    return { kind: 'retry', delayMs: wait, applied: writes, busy: true };
  }
  // The workbook is locked for editing by another client: not before the conflict is resolved,
  // which, for the edit lock of a busy shared workbook, is a matter of waiting.
  if (
    status === 409 ||
    status === 423 ||
    has(failure, 'accessconflict', 'editmodecannotacquirelock', 'conflictuncategorized')
  ) {
    return { kind: 'retry', delayMs: wait, applied: false, busy: true };
  }
  return { kind: 'stop', applied: writes && (status === null || status >= 500) };
}

interface Step<T> {
  method: 'get' | 'post';
  path: string;
  body?: unknown;
  /** The request changes the workbook. */
  writes: boolean;
  /** What a 404 means at this step. */
  notFound: () => Error;
  /** What a 400 means at this step, when it means more than a bad request. */
  invalid?: () => Error;
  /** Looked up before resending a write that may have taken effect: true if it did. */
  alreadyDone?: () => Promise<boolean>;
  /** Turns the answer into the step's result. */
  read: (value: unknown) => T;
}

const record = (value: unknown): Record<string, unknown> =>
  typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};

function grid(value: unknown): CellData[][] {
  const values = record(value).values;
  return Array.isArray(values)
    ? values.map((row) =>
        Array.isArray(row)
          ? row.map((v): CellData => (typeof v === 'string' || typeof v === 'number' ? v : null))
          : [],
      )
    : [];
}

/** One push at a time per workbook from this client, so its requests never overlap. */
const workbookQueues = new Map<string, Promise<unknown>>();

function oneAtATime<T>(key: string, work: () => Promise<T>): Promise<T> {
  const previous = workbookQueues.get(key) ?? Promise.resolve();
  const current = previous.catch(() => undefined).then(work);
  workbookQueues.set(key, current);
  const forget = () => {
    if (workbookQueues.get(key) === current) workbookQueues.delete(key);
  };
  current.then(forget, forget);
  return current;
}

/**
 * Appends pushes' rows to the `TeamWeekly` table of a team workbook, through the Excel
 * REST API in a persistent session. It only ever adds rows at the end of the table: it never
 * reads a row index, never edits or deletes a row, so nothing it does can touch another
 * member's rows. A write that may have landed unanswered is looked up by its push id before
 * it is sent again, so a push is in the table once.
 *
 * Why a session for a push of three Excel calls (marker, header, append), rather than
 * session-less calls: Microsoft's "Manage sessions and persistence in Excel"
 * (learn.microsoft.com/graph/excel-manage-sessions) advises a session beyond one or two calls
 * and calls session-less ones inefficient, fit for isolated requests, since Excel must locate
 * its copy of the workbook again for each; a team workbook takes fifty members' pushes at
 * once, and "Error handling in Excel APIs" (learn.microsoft.com/graph/workbook-error-handling)
 * is written around sessions (`invalidSessionReCreatable`, slow creation polled). The round
 * trips are saved with `$batch` instead (learn.microsoft.com/graph/json-batching), each
 * request keeping its `workbook-session-id`: the two reads travel together, and the close
 * travels with the last append. A push without faults is then three workbook round trips.
 */
export class TeamAppender {
  private session: GraphExcelSession | null = null;
  private budget: RetryBudget;
  /** The `TeamWeekly` header row, read once the layout was checked. */
  private headerRow: CellData[] | null = null;
  /** Workbook requests sent, session ones and retries included (what `centaure team push` reports). */
  requests = 0;
  /** The last append went unanswered: it may be in the table. */
  mayBeApplied = false;

  constructor(
    private readonly graph: GraphClient,
    private readonly file: DriveFile,
    private readonly policy: RetryPolicy,
  ) {
    this.budget = new RetryBudget(policy);
  }

  /**
   * Runs `work` (calls to {@link add}) as this client's only work on the workbook, in one
   * session closed at the end: several pushes to the same workbook open one session.
   */
  exclusive<T>(work: () => Promise<T>): Promise<T> {
    return oneAtATime(`${this.file.driveId}/${this.file.itemId}`, async () => {
      try {
        return await work();
      } finally {
        await this.close();
      }
    });
  }

  /**
   * Appends one push, unless it is already there, with a retry budget of its own; the workbook's
   * layout and headers are checked at the first push only. `closeAfter`: the last push of
   * this client's work on the workbook, whose append carries the session's close along. Call
   * inside {@link exclusive}.
   */
  async add(push: TeamPush, mayBeApplied: boolean, closeAfter = false): Promise<void> {
    this.budget = new RetryBudget(this.policy);
    this.mayBeApplied = mayBeApplied;
    this.headerRow ??= await this.layoutAndHeaders();
    const headers = this.headerRow;
    const pushIdHeader = headers[this.positions(headers)[columnIndex(TEAM_WEEKLY, 'pushId')]];
    const alreadyDone = () => this.contains(String(pushIdHeader ?? ''), push.pushId);
    if (this.mayBeApplied && (await alreadyDone())) return;
    const values = this.valuesFor(headers, push);
    await this.run(
      {
        method: 'post',
        path: `/tables/${TEAM_WEEKLY.name}/rows/add`,
        body: { values },
        writes: true,
        notFound: () => tableRemoved(this.file.name),
        alreadyDone,
        read: () => undefined,
      },
      closeAfter,
    );
  }

  /** Checks that the workbook is a team workbook this version can write, without writing. */
  async check(): Promise<void> {
    try {
      await this.layoutAndHeaders();
    } finally {
      await this.close();
    }
  }

  /**
   * The layout marker checked, then the `TeamWeekly` header row: two reads that do not depend
   * on each other, sent in one `$batch` of the session (one round trip instead of two). Their
   * answers are taken in that order, so a workbook that is no team workbook, or a newer one, is
   * said so before anything about its table.
   */
  private async layoutAndHeaders(): Promise<CellData[]> {
    const [, headers] = await this.runReads<[void, CellData[]]>([
      {
        method: 'get',
        path: `/names/${TEAM_LAYOUT_NAME}/range?$select=values`,
        writes: false,
        notFound: () => notTeamWorkbook(this.file.name),
        // Excel cannot open the file at all (not a workbook, a damaged one): no team workbook.
        invalid: () => notTeamWorkbook(this.file.name),
        read: (value) => this.checkLayout(String(grid(value)[0]?.[0] ?? '')),
      },
      {
        method: 'get',
        path: `/tables/${TEAM_WEEKLY.name}/headerRowRange?$select=values`,
        writes: false,
        notFound: () => tableRemoved(this.file.name),
        read: (value) => grid(value)[0] ?? [],
      },
    ]);
    return headers;
  }

  private checkLayout(layout: string): void {
    const version = layout.startsWith(TEAM_LAYOUT_PREFIX)
      ? Number(layout.slice(TEAM_LAYOUT_PREFIX.length))
      : NaN;
    if (!Number.isInteger(version)) throw notTeamWorkbook(this.file.name);
    if (version > TEAM_LAYOUT_VERSION) throw futureLayout(this.file.name, layout);
  }

  /** Where our columns are among the table's, found by their French or English headers. */
  private positions(headers: readonly CellData[]): number[] {
    return requiredColumnPositions(TEAM_WEEKLY, headers, (header) =>
      columnMissing(this.file.name, header),
    );
  }

  /** The push's rows laid out as the table's columns are (a column the manager added stays blank). */
  private valuesFor(headers: readonly CellData[], push: TeamPush): ExcelValue[][] {
    const positions = this.positions(headers);
    return push.rows.map((row) => {
      const cells = teamRowCells(row);
      const values: ExcelValue[] = headers.map(() => null);
      positions.forEach((tableIndex, specIndex) => {
        values[tableIndex] = excelValue(cells[specIndex]);
      });
      return values;
    });
  }

  private contains(pushIdHeader: string, pushId: string): Promise<boolean> {
    return this.run({
      method: 'get',
      path: `/tables/${TEAM_WEEKLY.name}/columns/${encodeURIComponent(pushIdHeader)}/range?$select=values`,
      writes: false,
      notFound: () => tableRemoved(this.file.name),
      read: (value) => grid(value).some((row) => row[0] === pushId),
    });
  }

  private async openSession(): Promise<GraphExcelSession> {
    for (;;) {
      this.requests += 1;
      const created = await GraphExcelSession.create(
        this.graph,
        this.file,
        OPERATIONS.writeSharedFile,
        true,
      );
      if (created.ok) return created.value;
      // Excel cannot open the file (not a workbook, a damaged one): it is no team workbook.
      if (created.failure.status === 400) throw notTeamWorkbook(this.file.name);
      await this.handle(created.failure, {
        writes: false,
        notFound: () => linkGone(),
        path: 'POST /createSession',
      });
    }
  }

  /**
   * Sends a step until it succeeds, waiting and reopening the session as the failures say.
   * `closeAfter`: the session's close goes along, once the step succeeded.
   */
  private async run<T>(step: Step<T>, closeAfter = false): Promise<T> {
    for (;;) {
      this.session ??= await this.openSession();
      this.requests += 1;
      const answer = closeAfter
        ? await this.attemptThenClose(this.session, step)
        : await this.session.attempt<unknown>(step.method, step.path, step.body);
      if (answer.ok) {
        if (step.writes) this.mayBeApplied = false;
        return step.read(answer.value);
      }
      const verdict = await this.handle(answer.failure, step);
      if (verdict === 'newSession') this.session = null;
      if (step.writes && this.mayBeApplied && step.alreadyDone && (await step.alreadyDone())) {
        this.mayBeApplied = false;
        return step.read(undefined);
      }
    }
  }

  /**
   * The step, then `closeSession`, in one `$batch`: the close waits for the step (`dependsOn`),
   * so it runs only once the step succeeded, and a failed step keeps its session for the
   * retry. Microsoft's Excel best practices close a session once its requests are done; this
   * closes it without a round trip of its own. The answer is the step's.
   */
  private async attemptThenClose(
    session: GraphExcelSession,
    step: Step<unknown>,
  ): Promise<GraphAttempt<unknown>> {
    const together = await session.attemptTogether([
      { method: step.method === 'get' ? 'GET' : 'POST', path: step.path, body: step.body },
      { method: 'POST', path: '/closeSession', body: {}, after: 0 },
    ]);
    if (!together.ok) {
      // No answer to the batch: the step, and so the close, may have run. The session is not
      // used again (a closed one would be refused); one left open expires by itself.
      this.session = null;
      return together;
    }
    const [answer] = together.value;
    // Closed, or, if the close itself failed, left to expire: either way not used again.
    if (answer.ok) this.session = null;
    return answer;
  }

  /**
   * Sends read steps together in one `$batch` of the session until each has its answer. The
   * answers are taken in the order of the steps, each as if it had been sent alone: the first
   * failure is handled as {@link run} would (a typed error, or a wait), and it and the steps
   * after it are sent again.
   */
  private async runReads<T extends unknown[]>(steps: { [K in keyof T]: Step<T[K]> }): Promise<T> {
    const all: readonly Step<unknown>[] = steps;
    const results: unknown[] = [];
    while (results.length < all.length) {
      this.session ??= await this.openSession();
      const pending = all.slice(results.length);
      this.requests += 1;
      const together = await this.session.attemptTogether(
        pending.map((step) => ({ method: 'GET' as const, path: step.path })),
      );
      const answers = together.ok ? together.value : [together];
      for (const [i, answer] of answers.entries()) {
        if (answer.ok) {
          results.push(pending[i].read(answer.value));
          continue;
        }
        if ((await this.handle(answer.failure, pending[i])) === 'newSession') this.session = null;
        break;
      }
    }
    return results as T;
  }

  /**
   * Throws what cannot be retried (a typed error, or {@link TeamPushDeferred} when the retry
   * budget is spent); otherwise waits as told and says whether a new session is needed.
   */
  private async handle(
    failure: GraphFailure,
    step: Pick<Step<unknown>, 'writes' | 'notFound' | 'invalid' | 'path'>,
  ): Promise<'same' | 'newSession'> {
    const { writes, notFound, path } = step;
    const verdict = verdictOf(failure, writes);
    if (verdict.kind !== 'newSession' && verdict.applied) this.mayBeApplied = true;
    const label = `${writes ? 'POST' : 'GET'} {team workbook}${path.split('?')[0]}`;
    // Say what was being done: most of a push only reads the workbook.
    const operation = writes ? OPERATIONS.writeSharedFile : OPERATIONS.readSharedFile;
    const typed = () => requestError(this.graph, operation, label, failure);
    if (verdict.kind === 'stop') {
      if (failure.status === 404) throw notFound();
      if (failure.status === 400 && step.invalid) throw step.invalid();
      if (failure.status === 403) throw writes ? noWriteAccess(this.file.name) : linkGone();
      if (failure.status === 401 || failure.connection !== null) throw typed();
      if (failure.status !== null && failure.status < 500) throw typed();
      throw new TeamPushDeferred('failed', this.mayBeApplied, typed());
    }
    const delay = this.budget.delayFor(verdict.delayMs);
    if (!this.budget.allows(delay)) {
      const reason: DeferReason =
        verdict.kind === 'retry' && !verdict.busy && failure.connection !== null
          ? 'offline'
          : 'busy';
      throw new TeamPushDeferred(reason, this.mayBeApplied, typed());
    }
    await this.budget.wait(delay);
    return verdict.kind === 'newSession' ? 'newSession' : 'same';
  }

  private async close(): Promise<void> {
    const session = this.session;
    this.session = null;
    if (session === null) return;
    this.requests += 1;
    await session.close();
  }
}
