import type { TeamPush } from '../core/team-rows';
import type { GraphClient } from '../graph/client';
import type { DriveFile } from '../graph/drive';
import type { GraphAttempt, GraphFailure } from '../graph/graph-call';
import { GraphRequestError } from '../graph/errors';
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
   * layout and headers are checked at the first push only. Call inside {@link exclusive}.
   */
  async add(push: TeamPush, mayBeApplied: boolean): Promise<void> {
    this.budget = new RetryBudget(this.policy);
    this.mayBeApplied = mayBeApplied;
    if (this.headerRow === null) {
      await this.checkLayout();
      this.headerRow = await this.headers();
    }
    const headers = this.headerRow;
    const pushIdHeader = headers[this.positions(headers)[columnIndex(TEAM_WEEKLY, 'pushId')]];
    const alreadyDone = () => this.contains(String(pushIdHeader ?? ''), push.pushId);
    if (this.mayBeApplied && (await alreadyDone())) return;
    const values = this.valuesFor(headers, push);
    await this.run({
      method: 'post',
      path: `/tables/${TEAM_WEEKLY.name}/rows/add`,
      body: { values },
      writes: true,
      notFound: () => tableRemoved(this.file.name),
      alreadyDone,
      read: () => undefined,
    });
  }

  /** Checks that the workbook is a team workbook this version can write, without writing. */
  async check(): Promise<void> {
    try {
      await this.checkLayout();
      await this.headers();
    } finally {
      await this.close();
    }
  }

  private async checkLayout(): Promise<void> {
    const layout = await this.run({
      method: 'get',
      path: `/names/${TEAM_LAYOUT_NAME}/range?$select=values`,
      writes: false,
      notFound: () => notTeamWorkbook(this.file.name),
      read: (value) => String(grid(value)[0]?.[0] ?? ''),
    }).catch((error: unknown) => {
      // Excel cannot open the file at all (not a workbook, a damaged one): no team workbook.
      if (error instanceof GraphRequestError && error.status === 400) {
        throw notTeamWorkbook(this.file.name);
      }
      throw error;
    });
    const version = layout.startsWith(TEAM_LAYOUT_PREFIX)
      ? Number(layout.slice(TEAM_LAYOUT_PREFIX.length))
      : NaN;
    if (!Number.isInteger(version)) throw notTeamWorkbook(this.file.name);
    if (version > TEAM_LAYOUT_VERSION) throw futureLayout(this.file.name, layout);
  }

  private headers(): Promise<CellData[]> {
    return this.run({
      method: 'get',
      path: `/tables/${TEAM_WEEKLY.name}/headerRowRange?$select=values`,
      writes: false,
      notFound: () => tableRemoved(this.file.name),
      read: (value) => grid(value)[0] ?? [],
    });
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
      await this.handle(created.failure, false, () => linkGone(), 'POST /createSession');
    }
  }

  /** Sends a step until it succeeds, waiting and reopening the session as the failures say. */
  private async run<T>(step: Step<T>): Promise<T> {
    for (;;) {
      this.session ??= await this.openSession();
      this.requests += 1;
      const answer: GraphAttempt<unknown> = await this.session.attempt(
        step.method,
        step.path,
        step.body,
      );
      if (answer.ok) {
        if (step.writes) this.mayBeApplied = false;
        return step.read(answer.value);
      }
      const verdict = await this.handle(answer.failure, step.writes, step.notFound, step.path);
      if (verdict === 'newSession') this.session = null;
      if (step.writes && this.mayBeApplied && step.alreadyDone && (await step.alreadyDone())) {
        this.mayBeApplied = false;
        return step.read(undefined);
      }
    }
  }

  /**
   * Throws what cannot be retried (a typed error, or {@link TeamPushDeferred} when the retry
   * budget is spent); otherwise waits as told and says whether a new session is needed.
   */
  private async handle(
    failure: GraphFailure,
    writes: boolean,
    notFound: () => Error,
    path: string,
  ): Promise<'same' | 'newSession'> {
    const verdict = verdictOf(failure, writes);
    if (verdict.kind !== 'newSession' && verdict.applied) this.mayBeApplied = true;
    const label = `${writes ? 'POST' : 'GET'} {team workbook}${path.split('?')[0]}`;
    // Say what was being done: most of a push only reads the workbook.
    const operation = writes ? OPERATIONS.writeSharedFile : OPERATIONS.readSharedFile;
    const typed = () => requestError(this.graph, operation, label, failure);
    if (verdict.kind === 'stop') {
      if (failure.status === 404) throw notFound();
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
