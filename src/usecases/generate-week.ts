import { CentaureError } from '../core/errors';
import type { Language } from '../core/errors';
import type { WeekSummary } from '../core/week-summary';
import type { PendingTeamPush } from '../storage/team-outbox';
import type { OneDriveWorkbookDeps, SaveWeekOutcome } from './save-week-to-onedrive';
import { saveWeekToOneDrive } from './save-week-to-onedrive';
import type { TeamPushDeps, TeamPushOutcome } from './team-push';
import { flushTeamOutbox, pushWeekToTeam } from './team-push';
import { readSignedInUser } from '../graph/profile';

/** How the team step of Generate ended; a failure never undoes the personal workbook. */
export type TeamStepOutcome =
  | { kind: 'notInTeam' }
  | TeamPushOutcome
  /** Refused (revoked link, table removed, …) or failed: the push waits in the outbox. */
  | { kind: 'failed'; error: CentaureError };

export interface GenerateWeekOutcome {
  personal: SaveWeekOutcome;
  team: TeamStepOutcome;
  /** The member's pushes still waiting, for the Generate view to say. */
  pending: PendingTeamPush[];
}

/**
 * Generate: the week goes into the personal workbook first, whatever happens next; then,
 * for a member of a team, the pushes still pending and this week's totals go to the team
 * workbook. A team failure is reported beside the personal result, never instead of it.
 */
export async function generateWeek(
  personal: OneDriveWorkbookDeps,
  team: (TeamPushDeps & { link: string }) | null,
  summary: WeekSummary,
  options: { language: Language; now: Date; path?: string },
): Promise<GenerateWeekOutcome> {
  const saved = await saveWeekToOneDrive(personal, summary, options);
  if (team === null) return { personal: saved, team: { kind: 'notInTeam' }, pending: [] };
  let outcome: TeamStepOutcome;
  try {
    const member = await readSignedInUser(team.graph);
    await flushTeamOutbox(team, member);
    outcome = await pushWeekToTeam(team, summary, {
      link: team.link,
      language: options.language,
      member,
    });
  } catch (error) {
    if (!(error instanceof CentaureError)) throw error;
    outcome = { kind: 'failed', error };
  }
  return { personal: saved, team: outcome, pending: await team.outbox.list() };
}
