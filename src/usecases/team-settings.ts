import type { SettingsStore } from '../storage/settings-store';

/** The settings key of the team workbook link a member joined; absent when in no team. */
export const TEAM_LINK_SETTING = 'team.link';

/** The settings key of the sharing link of the team workbook the user created as a manager. */
export const OWN_TEAM_LINK_SETTING = 'team.ownLink';

async function readLink(settings: SettingsStore, key: string): Promise<string | null> {
  const stored = await settings.read(key);
  return typeof stored === 'string' && stored !== '' ? stored : null;
}

/** The team workbook this user pushes their weeks to, or null. */
export function readTeamLink(settings: SettingsStore): Promise<string | null> {
  return readLink(settings, TEAM_LINK_SETTING);
}

/** Joins (a link) or leaves (null) a team: Generate reads it to push or not. */
export function writeTeamLink(settings: SettingsStore, link: string | null): Promise<void> {
  return settings.write(TEAM_LINK_SETTING, link ?? '');
}

/** The link of the team workbook this user shared as a manager, or null. */
export function readOwnTeamLink(settings: SettingsStore): Promise<string | null> {
  return readLink(settings, OWN_TEAM_LINK_SETTING);
}

export function writeOwnTeamLink(settings: SettingsStore, link: string): Promise<void> {
  return settings.write(OWN_TEAM_LINK_SETTING, link);
}
