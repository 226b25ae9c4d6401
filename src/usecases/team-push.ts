import type { Language, LocalizedMessage } from '../core/errors';
import type { TeamMember, TeamPush } from '../core/team-rows';
import { TEAM_CLOCK_SKEW_MS, teamPush } from '../core/team-rows';
import type { WeekSummary } from '../core/week-summary';
import type { WeekPlace } from '../core/week-words';
import type { GraphClient } from '../graph/client';
import type { DriveFile } from '../graph/drive';
import {
  GraphLimitError,
  GraphOfflineError,
  GraphServiceError,
  GraphThrottledError,
} from '../graph/errors';
import type { RetryPolicy } from '../graph/retry-policy';
import type { PendingTeamPush, TeamOutbox } from '../storage/team-outbox';
import type { DeferReason } from './team-append';
import { TEAM_PUSH_POLICY, TeamAppender, TeamPushDeferred } from './team-append';
import { foreignRows, TeamWorkbookError } from './team-errors';
import type { Found } from './team-lookup';
import { lookUpMemberAndLinks, resolveLink } from './team-lookup';

/** The member of a push written before `/me` answered; never sent under this id. */
const UNKNOWN_MEMBER: TeamMember = { id: '', displayName: '' };

export interface TeamPushDeps {
  /** An ordinary client: the team requests decide their own retries. */
  graph: GraphClient;
  outbox: TeamOutbox;
  now: () => Date;
  /** A new id for each push; random UUIDs by default. */
  newPushId?: () => string;
  /** The retry budget of one push (waits are the client's `retry.sleep`). */
  retry?: Partial<RetryPolicy>;
  /**
   * How messages say a week: the ISO code by default ("week 2026-W47", as the command line
   * prints it), "semaine 47" in the pane (`weekInWords`).
   */
  sayWeek?: SayWeek;
}

/** A week as a message says it, in one language, capitalised where it starts the sentence. */
export type SayWeek = (week: string, language: Language, place: WeekPlace) => string;

const ISO_WEEK: SayWeek = (week, language, place) => {
  const noun = language === 'fr' ? 'semaine' : 'week';
  return `${place === 'start' ? noun[0].toUpperCase() + noun.slice(1) : noun} ${week}`;
};

const sayWeekOf = (deps: TeamPushDeps): SayWeek => deps.sayWeek ?? ISO_WEEK;

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
    }
  /**
   * An earlier pending push its team workbook refuses (revoked link, not a team workbook, rows
   * that are not the member's): kept in the outbox, reported, and droppable by the member.
   */
  | {
      kind: 'refused';
      week: string;
      link: string;
      pushId: string;
      message: LocalizedMessage;
      requests: number;
    };

function policyOf(deps: TeamPushDeps): RetryPolicy {
  return { ...TEAM_PUSH_POLICY, sleep: deps.graph.retry.sleep, ...deps.retry };
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

function pendingMessage(say: SayWeek, reason: DeferReason, week: string): LocalizedMessage {
  const why = {
    offline: { fr: 'pas de connexion', en: 'no connection' },
    busy: {
      fr: 'classeur occupé ou service surchargé trop longtemps',
      en: 'workbook busy or service throttling for too long',
    },
    failed: { fr: 'erreur du service', en: 'service error' },
  }[reason];
  return {
    fr: `La ${say(week, 'fr', 'inside')} n’a pas pu être envoyée au classeur d’équipe (${why.fr}) : elle est en attente et repartira à la prochaine ouverture ou génération.`,
    en: `${say(week, 'en', 'start')} could not be sent to the team workbook (${why.en}): it is pending and will go at the next open or Generate.`,
  };
}

/**
 * Before anything is appended: every row must be the signed-in member's, of the push's week,
 * from this push, and not dated in the future beyond clock skew. An outbox file can be edited
 * by hand; what it says about itself is not trusted.
 */
function checkOwnRows(push: TeamPush, member: TeamMember, now: Date, say: SayWeek): void {
  const latest = now.getTime() + TEAM_CLOCK_SKEW_MS;
  const own =
    push.member.id === member.id &&
    push.updatedAt.getTime() <= latest &&
    push.rows.every(
      (row) =>
        row.memberId === member.id &&
        row.week === push.week &&
        row.pushId === push.pushId &&
        row.updatedAt.getTime() <= latest,
    );
  if (!own)
    throw foreignRows({ fr: say(push.week, 'fr', 'inside'), en: say(push.week, 'en', 'inside') });
}

/** A push written to the outbox before the member was known (offline): theirs from now on. */
function boundTo(entry: PendingTeamPush, member: TeamMember): PendingTeamPush {
  if (entry.push.member.id !== UNKNOWN_MEMBER.id) return entry;
  const rows = entry.push.rows.map((row) => ({
    ...row,
    memberId: member.id,
    member: member.displayName,
  }));
  return { ...entry, push: { ...entry.push, member, rows } };
}

/** Why asking who the member is failed, when it is worth asking again later (else null). */
function deferralOf(error: unknown): DeferReason | null {
  if (error instanceof GraphOfflineError || error instanceof GraphLimitError) return 'offline';
  if (error instanceof GraphThrottledError) return 'busy';
  if (error instanceof GraphServiceError) return 'failed';
  return null;
}

function refused(
  say: SayWeek,
  entry: PendingTeamPush,
  error: TeamWorkbookError,
  requests: number,
): TeamPushOutcome {
  const week = entry.push.week;
  return {
    kind: 'refused',
    week,
    link: entry.link,
    pushId: entry.push.pushId,
    requests,
    message: {
      fr: `La ${say(week, 'fr', 'inside')} attend un classeur d’équipe qui la refuse : ${error.in('fr')}`,
      en: `${say(week, 'en', 'start')} waits for a team workbook that refuses it: ${error.in('en')}`,
    },
  };
}

/**
 * Sends one pending push through the open appender; on a deferral it stays in the outbox
 * (updated), on a refusal too. `fresh`: the push was made by this run, so it cannot have been
 * appended yet; any other entry is looked up by its push id first, whatever it says about itself
 * (its run may have died after the append landed, before forgetting it).
 */
async function sendOne(
  deps: TeamPushDeps,
  appender: TeamAppender,
  file: DriveFile,
  entry: PendingTeamPush,
  fresh: boolean,
  last: boolean,
): Promise<TeamPushOutcome> {
  const { push } = entry;
  const before = appender.requests;
  try {
    await appender.add(push, entry.mayBeApplied || !fresh, last);
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
      message: pendingMessage(sayWeekOf(deps), error.reason, push.week),
      requests: appender.requests - before,
    };
  }
}

/**
 * Sends pending pushes, oldest first within each team workbook: each link is resolved once (in
 * `files` when it was looked up with the member) and each workbook gets one session for all
 * its pushes, closed with the last push's append (its closing counts with that push's
 * requests). A link or a push the workbook refuses stops neither the other links nor the other
 * pushes: an earlier push is reported `refused` (and stays in the outbox); a refusal of the
 * `current` push is thrown once the others were sent. Returns each entry's outcome, in order.
 */
async function send(
  deps: TeamPushDeps,
  member: TeamMember,
  entries: readonly PendingTeamPush[],
  current: string | null,
  files: ReadonlyMap<string, Found<DriveFile>>,
): Promise<TeamPushOutcome[]> {
  const byLink = new Map<string, PendingTeamPush[]>();
  for (const entry of entries) byLink.set(entry.link, [...(byLink.get(entry.link) ?? []), entry]);
  const outcomes = new Map<string, TeamPushOutcome>();
  let currentRefusal: unknown = null;
  const refuse = (entry: PendingTeamPush, error: unknown, requests: number) => {
    if (!(error instanceof TeamWorkbookError)) throw error;
    if (entry.push.pushId === current) currentRefusal ??= error;
    else outcomes.set(entry.push.pushId, refused(sayWeekOf(deps), entry, error, requests));
  };
  for (const [link, group] of byLink) {
    let file: DriveFile;
    try {
      const known = files.get(link);
      if (known !== undefined && !known.ok) throw known.error;
      file = known?.value ?? (await resolveLink(deps.graph, link));
    } catch (error) {
      for (const entry of group) refuse(entry, error, 0);
      continue;
    }
    const appender = new TeamAppender(deps.graph, file, policyOf(deps));
    const sent: TeamPushOutcome[] = [];
    await appender.exclusive(async () => {
      for (const [i, entry] of group.entries()) {
        const before = appender.requests;
        try {
          checkOwnRows(entry.push, member, deps.now(), sayWeekOf(deps));
          const fresh = entry.push.pushId === current;
          const last = i === group.length - 1;
          const outcome = await sendOne(deps, appender, file, entry, fresh, last);
          outcomes.set(entry.push.pushId, outcome);
          sent.push(outcome);
        } catch (error) {
          refuse(entry, error, appender.requests - before);
        }
      }
    });
    const counted = sent.reduce((sum, outcome) => sum + outcome.requests, 0);
    if (sent.length > 0) sent[sent.length - 1].requests += appender.requests - counted;
  }
  if (currentRefusal !== null) throw currentRefusal;
  return entries.map((entry) => outcomes.get(entry.push.pushId)!);
}

/** The signed-in member's pending pushes, oldest first: a push goes with its own member's token. */
async function pendingOf(deps: TeamPushDeps, member: TeamMember): Promise<PendingTeamPush[]> {
  const entries = await deps.outbox.list();
  const own = entries.filter((e) => [member.id, UNKNOWN_MEMBER.id].includes(e.push.member.id));
  const bound = own.map((entry) => boundTo(entry, member));
  for (const [i, entry] of bound.entries()) {
    if (entry !== own[i]) await deps.outbox.put(entry);
  }
  return bound;
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
  const pushId = (deps.newPushId ?? (() => globalThis.crypto.randomUUID()))();
  const make = (member: TeamMember): TeamPush =>
    teamPush(summary, member, { pushId, updatedAt: deps.now(), language: options.language });
  // Written first, whatever fails next: without the member yet, under no one's name, bound to
  // the signed-in member when it is sent.
  let entry: PendingTeamPush = {
    link: options.link,
    push: make(options.member ?? UNKNOWN_MEMBER),
    mayBeApplied: false,
  };
  await deps.outbox.put(entry);
  // Who pushes and where the workbook is, asked together (one round trip), every time.
  const lookup = await lookUpMemberAndLinks(deps.graph, [options.link], options.member);
  if (!lookup.member.ok) {
    const error = lookup.member.error;
    const reason = deferralOf(error);
    if (reason === null) throw error;
    const week = entry.push.week;
    return {
      outcome: {
        kind: 'pending',
        week,
        reason,
        message: pendingMessage(sayWeekOf(deps), reason, week),
        requests: 1,
      },
      earlier: [],
    };
  }
  const member = lookup.member.value;
  entry = boundTo(entry, member);
  // Bound to its member, it now supersedes their pending push of the same week.
  if (options.member === undefined) await deps.outbox.put(entry);
  const pending = await pendingOf(deps, member);
  // Another process may have superseded it meanwhile: it goes all the same, as it always did.
  const entries = pending.some((e) => e.push.pushId === pushId) ? pending : [...pending, entry];
  const outcomes = await send(deps, member, entries, pushId, lookup.files);
  const index = entries.findIndex((e) => e.push.pushId === pushId);
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
  const waiting = await deps.outbox.list();
  if (waiting.length === 0) return { outcomes: [], pending: [] };
  // The links are asked for with the member, before knowing whose entries are whose: reads only.
  const lookup = await lookUpMemberAndLinks(
    deps.graph,
    waiting.map((entry) => entry.link),
    member,
  );
  if (!lookup.member.ok) throw lookup.member.error;
  const signedIn = lookup.member.value;
  const outcomes = await send(deps, signedIn, await pendingOf(deps, signedIn), null, lookup.files);
  return { outcomes, pending: await pendingOf(deps, signedIn) };
}
