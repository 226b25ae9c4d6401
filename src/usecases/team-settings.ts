import type { LocalizedMessage } from '../core/errors';
import type { SettingsStore } from '../storage/settings-store';
import { readUserSettings } from './user-catalog';

/** The team workbook this user pushes their weeks to (`teamWorkbookUrl` of their settings), or null. */
export async function readTeamLink(settings: SettingsStore): Promise<string | null> {
  return (await readUserSettings(settings)).teamWorkbookUrl;
}

/**
 * What joining a team means, shown before the member pastes the link (the Team view): exactly what
 * the manager will see, and how to stop.
 */
export const TEAM_PRIVACY_NOTICE: LocalizedMessage = {
  // Plain words for the permission joining needs (Files.ReadWrite.All, src/graph/scopes.ts):
  // a permission's name means nothing to the person who reads this (glossary, writing rules).
  fr: 'Votre responsable verra, pour chaque semaine que vous générez, vos heures par tâche et par quadrant, avec votre nom. Jamais les titres, les participants ni aucune réunion en particulier. Pour les lui envoyer, Centaure écrit vos totaux dans le classeur d’équipe, qui est dans le OneDrive de votre responsable : Microsoft vous demandera d’autoriser Centaure à lire et modifier les fichiers auxquels vous avez accès ; il n’ouvre que ce classeur. Vous pouvez quitter l’équipe à tout moment dans l’onglet Équipe de Centaure : plus rien ne sera envoyé. Réservé aux comptes professionnels ou scolaires.',
  en: 'For each week you generate, your manager will see your hours per task and per quadrant, with your name. Never titles, attendees or any single meeting. To send them, Centaure writes your totals into the team workbook, which is in your manager’s OneDrive: Microsoft will ask you to let Centaure read and change the files you can open; it opens only that workbook. You can leave the team at any time in Centaure’s Team tab: nothing more will be sent. Work or school accounts only.',
};

/** Joins (a link) or leaves (null) a team: Generate reads it to push or not. */
export async function writeTeamLink(settings: SettingsStore, link: string | null): Promise<void> {
  const [current, { saveUserSettings }] = await Promise.all([
    readUserSettings(settings),
    import(/* webpackChunkName: "user-settings" */ './user-settings'),
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
