import type { SettingsStore } from '../storage/settings-store';
import { readUserSettings } from './user-catalog';

/** The team workbook this user pushes their weeks to (`teamWorkbookUrl` of their settings), or null. */
export async function readTeamLink(settings: SettingsStore): Promise<string | null> {
  return (await readUserSettings(settings)).teamWorkbookUrl;
}

/** Joins (a link) or leaves (null) a team: Generate reads it to push or not. */
export async function writeTeamLink(settings: SettingsStore, link: string | null): Promise<void> {
  const [current, { saveUserSettings }] = await Promise.all([
    readUserSettings(settings),
    import('./user-settings'),
  ]);
  await saveUserSettings(settings, { ...current, teamWorkbookUrl: link });
}

/**
 * The settings key of the sharing link of the team workbook the user created as a manager:
 * beside the user's settings, which hold the team they push to.
 */
const OWN_TEAM_LINK_SETTING = 'team.ownLink';

/** The link of the team workbook this user shared as a manager, or null. */
export async function readOwnTeamLink(settings: SettingsStore): Promise<string | null> {
  const stored = await settings.read(OWN_TEAM_LINK_SETTING);
  return typeof stored === 'string' && stored !== '' ? stored : null;
}

export function writeOwnTeamLink(settings: SettingsStore, link: string): Promise<void> {
  return settings.write(OWN_TEAM_LINK_SETTING, link);
}
