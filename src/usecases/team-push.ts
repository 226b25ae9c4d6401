import type { Language, LocalizedMessage } from '../core/errors';
import type { TeamMember, TeamPush } from '../core/team-rows';
import { teamPush } from '../core/team-rows';
import type { WeekSummary } from '../core/week-summary';
import type { GraphClient } from '../graph/client';
import type { DriveFile } from '../graph/drive';
import { GraphDriveStore } from '../graph/graph-drive-store';
import { GraphNotFoundError, GraphForbiddenError, GraphServiceError } from '../graph/errors';
import { readSignedInUser } from '../graph/profile';
import type { RetryPolicy } from '../graph/retry-policy';
import type { PendingTeamPush, TeamOutbox } from '../storage/team-outbox';
import type { DeferReason } from './team-append';
import { TEAM_PUSH_POLICY, TeamAppender, TeamPushDeferred } from './team-append';
import { badLink, linkGone, personalAccount } from './team-errors';

export interface TeamPushDeps {
  /** An ordinary client: the team requests decide their own retries. */
  graph: GraphClient;
  outbox: TeamOutbox;
  now: () => Date;
  /** A new id for each push; random UUIDs by default. */
  newPushId?: () => string;
  /** The retry budget of one push (waits are the client's `retry.sleep`). */
  retry?: Partial<RetryPolicy>;
}

/** The team workbook a link leads to, checked to take pushes from this version. */
export interface TeamWorkbookLink {
  link: string;
  file: DriveFile;
}

export type TeamPushOutcome =
  | { kind: 'pushed'; week: string; rows: number; workbook: string; requests: number }
  /** Kept in the outbox, to be sent again at the next open or Generate. */
  | {
      kind: 'pending';
      week: string;
      reason: DeferReason;
      message: LocalizedMessage;
      requests: number;
    };

function policyOf(deps: TeamPushDeps): RetryPolicy {
  return { ...TEAM_PUSH_POLICY, sleep: deps.graph.retry.sleep, ...deps.retry };
}

/** Resolves a sharing link (`/shares/{encoded}/driveItem`), with a plain message for a bad, revoked or foreign one. */
async function resolveLink(graph: GraphClient, link: string): Promise<DriveFile> {
  let url: URL | null;
  try {
    url = new URL(link.trim());
  } catch {
    url = null;
  }
  if (url === null || url.protocol !== 'https:') throw badLink(link);
  let file: DriveFile;
  try {
    file = await new GraphDriveStore(graph).resolveSharingLink(url.toString());
  } catch (error) {
    if (error instanceof GraphNotFoundError || error instanceof GraphForbiddenError)
      throw linkGone();
    if (error instanceof GraphServiceError && error.status === 400) throw badLink(link);
    throw error;
  }
  if (file.driveType === 'personal') throw personalAccount();
  return file;
}

/**
 * Joining a team (the Team view): resolves the link and checks, without writing anything, that it
 * leads to a team workbook this version can write to. Errors say what is wrong with the link.
 */
export async function joinTeam(graph: GraphClient, link: string): Promise<TeamWorkbookLink> {
  const file = await resolveLink(graph, link);
  await new TeamAppender(graph, file, { ...TEAM_PUSH_POLICY, sleep: graph.retry.sleep }).check();
  return { link, file };
}

/** Leaving the team: forgets every pending push to it, so nothing more is ever sent. */
export async function leaveTeam(outbox: TeamOutbox, link: string): Promise<void> {
  for (const entry of await outbox.list()) {
    if (entry.link === link) await outbox.remove(entry.push.pushId);
  }
}

function pendingMessage(reason: DeferReason, week: string): LocalizedMessage {
  const why = {
    offline: { fr: 'pas de connexion', en: 'no connection' },
    busy: {
      fr: 'classeur occupé ou service surchargé trop longtemps',
      en: 'workbook busy or service throttling for too long',
    },
    failed: { fr: 'erreur du service', en: 'service error' },
  }[reason];
  return {
    fr: `La semaine ${week} n’a pas pu être envoyée au classeur d’équipe (${why.fr}) : elle est en attente et repartira à la prochaine ouverture ou génération.`,
    en: `Week ${week} could not be sent to the team workbook (${why.en}): it is pending and will go at the next open or Generate.`,
  };
}

/** Sends one pending push through the open appender; on a deferral it stays in the outbox (updated), on a refusal too. */
async function sendOne(
  deps: TeamPushDeps,
  appender: TeamAppender,
  file: DriveFile,
  entry: PendingTeamPush,
): Promise<TeamPushOutcome> {
  const { push } = entry;
  const before = appender.requests;
  try {
    await appender.add(push, entry.mayBeApplied);
    await deps.outbox.remove(push.pushId);
    return {
      kind: 'pushed',
      week: push.week,
      rows: push.rows.length,
      workbook: file.name,
      requests: appender.requests - before,
    };
  } catch (error) {
    if (!(error instanceof TeamPushDeferred)) throw error;
    await deps.outbox.put({ ...entry, mayBeApplied: error.mayBeApplied });
    return {
      kind: 'pending',
      week: push.week,
      reason: error.reason,
      message: pendingMessage(error.reason, push.week),
      requests: appender.requests - before,
    };
  }
}

/**
 * Sends pending pushes, oldest first within each team workbook: each link is resolved once and
 * each workbook gets one session for all its pushes (its closing counts with the last push's
 * requests). Returns each entry's outcome, in the entries' order.
 */
async function send(
  deps: TeamPushDeps,
  entries: readonly PendingTeamPush[],
): Promise<TeamPushOutcome[]> {
  const byLink = new Map<string, PendingTeamPush[]>();
  for (const entry of entries) byLink.set(entry.link, [...(byLink.get(entry.link) ?? []), entry]);
  const outcomes = new Map<string, TeamPushOutcome>();
  for (const [link, group] of byLink) {
    const file = await resolveLink(deps.graph, link);
    const appender = new TeamAppender(deps.graph, file, policyOf(deps));
    const sent: TeamPushOutcome[] = [];
    await appender.exclusive(async () => {
      for (const entry of group) {
        const outcome = await sendOne(deps, appender, file, entry);
        outcomes.set(entry.push.pushId, outcome);
        sent.push(outcome);
      }
    });
    const counted = sent.reduce((sum, outcome) => sum + outcome.requests, 0);
    sent[sent.length - 1].requests += appender.requests - counted;
  }
  return entries.map((entry) => outcomes.get(entry.push.pushId)!);
}

/** The signed-in member's pending pushes, oldest first: a push goes with its own member's token. */
async function pendingOf(deps: TeamPushDeps, memberId: string): Promise<PendingTeamPush[]> {
  return (await deps.outbox.list()).filter((entry) => entry.push.member.id === memberId);
}

/** This week's push and the member's pushes that were pending before it. */
export interface TeamWeekPush {
  outcome: TeamPushOutcome;
  /** The earlier pushes sent along (other weeks: a pending push of the same week was superseded). */
  earlier: TeamPushOutcome[];
}

/**
 * Generate's team step: the member's totals for the week go to the team workbook, one row per
 * task, appended. The push goes into the outbox first, superseding a pending push of the same
 * week (so that one is never appended), then the member's pending pushes go, oldest first, this
 * one last. A push that cannot complete (offline, locked too long, out of retries) or is refused
 * (lifecycle errors, thrown as {@link TeamWorkbookError}) stays in the outbox, and a later push
 * of the same week supersedes it.
 */
export async function pushWeekWithPending(
  deps: TeamPushDeps,
  summary: WeekSummary,
  options: { link: string; language: Language; member?: TeamMember },
): Promise<TeamWeekPush> {
  const member = options.member ?? (await readSignedInUser(deps.graph));
  const push: TeamPush = teamPush(summary, member, {
    pushId: (deps.newPushId ?? (() => globalThis.crypto.randomUUID()))(),
    updatedAt: deps.now(),
    language: options.language,
  });
  const entry: PendingTeamPush = { link: options.link, push, mayBeApplied: false };
  await deps.outbox.put(entry);
  const pending = await pendingOf(deps, member.id);
  // Another process may have superseded it meanwhile: it goes all the same, as it always did.
  const entries = pending.some((e) => e.push.pushId === push.pushId)
    ? pending
    : [...pending, entry];
  const outcomes = await send(deps, entries);
  const index = entries.findIndex((entry) => entry.push.pushId === push.pushId);
  return { outcome: outcomes[index], earlier: outcomes.filter((_, i) => i !== index) };
}

/** {@link pushWeekWithPending}, for its outcome only. */
export async function pushWeekToTeam(
  deps: TeamPushDeps,
  summary: WeekSummary,
  options: { link: string; language: Language; member?: TeamMember },
): Promise<TeamPushOutcome> {
  return (await pushWeekWithPending(deps, summary, options)).outcome;
}

/**
 * At open or Generate: sends the signed-in member's pushes still pending, oldest first (only
 * theirs: a push goes with its own member's token); what stays pending is returned.
 */
export async function flushTeamOutbox(
  deps: TeamPushDeps,
  member?: TeamMember,
): Promise<{ outcomes: TeamPushOutcome[]; pending: PendingTeamPush[] }> {
  if ((await deps.outbox.list()).length === 0) return { outcomes: [], pending: [] };
  const { id } = member ?? (await readSignedInUser(deps.graph));
  const outcomes = await send(deps, await pendingOf(deps, id));
  return { outcomes, pending: await pendingOf(deps, id) };
}
