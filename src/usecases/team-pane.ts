import type { Language } from '../core/errors';
import type { TeamWeekGrid } from '../core/team-rows';
import { TEAM_MANAGER_SCOPES, TEAM_MEMBER_SCOPES } from '../graph/scopes';
import type { SettingsStore } from '../storage/settings-store';
import type { TeamOutbox } from '../storage/team-outbox';
import type { GraphAccess } from './graph-connection';
import { connectGraph } from './graph-connection';
import { readOwnTeamLink, readTeamLink, writeOwnTeamLink, writeTeamLink } from './team-settings';

/**
 * The Team view's use-cases: a manager creates and shares the team workbook and reads the
 * team's week; a member joins or leaves. Each asks only for its own scopes: a manager's own
 * OneDrive (Files.ReadWrite), and Files.ReadWrite.All only to join (unquoted: the glossary
 * test takes quoted text for what a user reads). Errors are the team use-cases'
 * `TeamWorkbookError`s, whose messages say what to do.
 */
export interface TeamPaneDeps extends GraphAccess {
  readonly settings: SettingsStore;
  readonly outbox: TeamOutbox;
}

/** Where the user stands: the team they push to, the team workbook they shared. */
export interface TeamStanding {
  joinedLink: string | null;
  ownLink: string | null;
}

export async function readTeamStanding(settings: SettingsStore): Promise<TeamStanding> {
  const [joinedLink, ownLink] = await Promise.all([
    readTeamLink(settings),
    readOwnTeamLink(settings),
  ]);
  return { joinedLink, ownLink };
}

/** Manager: creates the team workbook (or finds the one already there) and keeps its link. */
export async function shareTeamWorkbook(
  deps: TeamPaneDeps,
  options: { language: Language; week: string },
): Promise<{ link: string; fileName: string; created: boolean }> {
  const [graph, { createTeamWorkbook }] = await Promise.all([
    connectGraph(deps, TEAM_MANAGER_SCOPES),
    import('./team-workbook'),
  ]);
  const shared = await createTeamWorkbook(graph, options);
  await writeOwnTeamLink(deps.settings, shared.link);
  return { link: shared.link, fileName: shared.file.name, created: shared.created };
}

/** Manager: the team's grid for `week` (`2026-W47`). */
export async function readTeamGrid(deps: TeamPaneDeps, week: string): Promise<TeamWeekGrid> {
  const [graph, { readTeamWeek }] = await Promise.all([
    connectGraph(deps, TEAM_MANAGER_SCOPES),
    import('./team-workbook'),
  ]);
  return readTeamWeek(graph, { week });
}

/** Member: checks the link leads to a team workbook they can write to, then keeps it. */
export async function joinTeamWithLink(
  deps: TeamPaneDeps,
  link: string,
): Promise<{ link: string; fileName: string }> {
  const [graph, { joinTeam }] = await Promise.all([
    connectGraph(deps, TEAM_MEMBER_SCOPES),
    import('./team-push'),
  ]);
  const joined = await joinTeam(graph, link.trim());
  await writeTeamLink(deps.settings, joined.link);
  return { link: joined.link, fileName: joined.file.name };
}

/** Member: leaves the team; the pushes still pending to it are dropped, nothing more is sent. */
export async function leaveTeamNow(deps: TeamPaneDeps): Promise<void> {
  const link = await readTeamLink(deps.settings);
  await writeTeamLink(deps.settings, null);
  if (link !== null) {
    const { leaveTeam } = await import('./team-push');
    await leaveTeam(deps.outbox, link);
  }
}

/** A push waiting in this device's outbox, as the Team view lists it. */
export interface PendingPushItem {
  pushId: string;
  week: string;
  link: string;
}

/** The pushes waiting to be sent from this device, oldest first. */
export async function listPendingPushes(outbox: TeamOutbox): Promise<PendingPushItem[]> {
  return (await outbox.list()).map((entry) => ({
    pushId: entry.push.pushId,
    week: entry.push.week,
    link: entry.link,
  }));
}

/** Member: gives up one waiting push (its workbook refuses it, or the week is wrong); never sent. */
export async function dropPendingPush(outbox: TeamOutbox, pushId: string): Promise<void> {
  await outbox.remove(pushId);
}
