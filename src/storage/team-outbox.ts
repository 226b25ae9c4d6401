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

/** Reads {@link serializeOutbox}'s text back; entries that do not read as pushes are dropped. */
export function parseOutbox(text: string): PendingTeamPush[] {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return [];
  }
  if (!Array.isArray(raw)) return [];
  return raw.flatMap((entry): PendingTeamPush[] => {
    if (!isRecord(entry) || typeof entry.link !== 'string' || !isRecord(entry.push)) return [];
    const push = entry.push as unknown as TeamPush & { updatedAt: string };
    if (!Array.isArray(push.rows) || typeof push.pushId !== 'string') return [];
    const updatedAt = new Date(push.updatedAt);
    if (Number.isNaN(updatedAt.getTime())) return [];
    return [
      {
        link: entry.link,
        mayBeApplied: entry.mayBeApplied === true,
        push: {
          ...push,
          updatedAt,
          rows: push.rows.map((row) => ({ ...row, updatedAt })),
        },
      },
    ];
  });
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
