import type { LocalizedMessage } from '../core/errors';
import type { TeamPush } from '../core/team-rows';

/** A push to a team workbook that could not complete yet, kept to be sent again. */
export interface PendingTeamPush {
  /** The team workbook's sharing link. */
  link: string;
  push: TeamPush;
  /**
   * The last try may have appended the rows without hearing back (dropped connection,
   * gateway timeout): the next one looks for the push id before appending again.
   */
  mayBeApplied: boolean;
}

/**
 * Pushes waiting to be sent, persisted so they survive the taskpane closing or the command
 * ending: a file for the command line, the browser's storage for the add-in.
 */
export interface TeamOutbox {
  /** Oldest first. */
  list(): Promise<PendingTeamPush[]>;
  /** Keeps a push; any pending push of the same week to the same link is dropped, superseded by it. */
  put(entry: PendingTeamPush): Promise<void>;
  /** Forgets a push (sent, or its member left the team). */
  remove(pushId: string): Promise<void>;
}

/** The outbox's entries after keeping `entry`: the same week to the same link is superseded. */
export function withPending(
  entries: readonly PendingTeamPush[],
  entry: PendingTeamPush,
): PendingTeamPush[] {
  const superseded = (other: PendingTeamPush) =>
    other.link === entry.link &&
    other.push.week === entry.push.week &&
    other.push.member.id === entry.push.member.id &&
    other.push.pushId !== entry.push.pushId;
  const kept = entries.filter((other) => !superseded(other));
  const index = kept.findIndex((other) => other.push.pushId === entry.push.pushId);
  if (index >= 0) kept[index] = entry;
  else kept.push(entry);
  return kept;
}

/** JSON text of pending pushes (dates as ISO instants). */
export function serializeOutbox(entries: readonly PendingTeamPush[]): string {
  return `${JSON.stringify(entries, null, 2)}\n`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** One entry of the outbox's JSON, if it reads as a push. */
function entryOf(entry: unknown): PendingTeamPush | null {
  if (!isRecord(entry) || typeof entry.link !== 'string' || !isRecord(entry.push)) return null;
  const push = entry.push as unknown as TeamPush & { updatedAt: string };
  if (!Array.isArray(push.rows) || typeof push.pushId !== 'string') return null;
  const updatedAt = new Date(push.updatedAt);
  if (Number.isNaN(updatedAt.getTime())) return null;
  return {
    link: entry.link,
    mayBeApplied: entry.mayBeApplied === true,
    push: {
      ...push,
      updatedAt,
      rows: push.rows.map((row) => ({ ...row, updatedAt })),
    },
  };
}

/**
 * The whole values at the top level of a JSON array cut short (a crash or a full disk in the
 * middle of a write): each element whose closing brace was written, parsed on its own.
 */
function completeElements(text: string): unknown[] {
  const found: unknown[] = [];
  let depth = 0;
  let start = -1;
  let inString = false;
  for (let i = text.indexOf('[') + 1; i > 0 && i < text.length; i += 1) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i += 1;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{' || c === '[') {
      if (depth === 0) start = i;
      depth += 1;
    } else if (c === '}' || c === ']') {
      depth -= 1;
      if (depth < 0) break;
      if (depth === 0 && start >= 0) {
        try {
          found.push(JSON.parse(text.slice(start, i + 1)));
        } catch {
          // Not a whole element after all: the next one may be.
        }
        start = -1;
      }
    }
  }
  return found;
}

/** What the outbox's text held: its pushes, and whether some of it could not be read. */
export interface OutboxReading {
  entries: PendingTeamPush[];
  /** The text was not a list of pushes: what it held beyond `entries` is lost unless kept. */
  damaged: boolean;
}

/** Reads {@link serializeOutbox}'s text back, recovering what it can from damaged text. */
export function readOutbox(text: string): OutboxReading {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    const entries = completeElements(text).flatMap((e) => entryOf(e) ?? []);
    return { entries, damaged: true };
  }
  if (!Array.isArray(raw)) return { entries: [], damaged: true };
  const entries = raw.flatMap((e) => entryOf(e) ?? []);
  return { entries, damaged: entries.length < raw.length };
}

/** Reads {@link serializeOutbox}'s text back; entries that do not read as pushes are dropped. */
export function parseOutbox(text: string): PendingTeamPush[] {
  return readOutbox(text).entries;
}

/** An outbox whose stored text could not be read in full, and what was done about it. */
export interface OutboxDamage {
  /** Where the unreadable text was kept, if it was moved aside. */
  keptAs: string | null;
  recovered: number;
  message: LocalizedMessage;
}

/** An outbox in memory: for tests, and for a session that cannot persist anything. */
export class MemoryTeamOutbox implements TeamOutbox {
  private entries: PendingTeamPush[] = [];

  async list(): Promise<PendingTeamPush[]> {
    return [...this.entries];
  }

  async put(entry: PendingTeamPush): Promise<void> {
    this.entries = withPending(this.entries, entry);
  }

  async remove(pushId: string): Promise<void> {
    this.entries = this.entries.filter((entry) => entry.push.pushId !== pushId);
  }
}
