/**
 * What the roaming setting `ROAMING_KEYS.firstRun` says of the first-run card (what Centaure
 * does, pick your role, go). Its own key, beside the user's settings: saving the settings from
 * the Settings or Tasks view rewrites them whole and must not bring the card back.
 * `due`: greet at the next open (a stand-in's new user); `done`: never again. */
export type FirstRunMark = 'due' | 'done';

/** What the store holds under the keys that tell a new user from one who used Centaure before. */
export interface FirstRunEvidence {
  /** The value under `ROAMING_KEYS.firstRun`. */
  readonly mark: unknown;
  /** The value under the settings key (`centaure.settings`). */
  readonly settings: unknown;
  /** The value under the tag history key. */
  readonly tagHistory: unknown;
}

/**
 * Whether the pane shows the first-run card. A user from before the card has no mark: they
 * saved settings (a catalog, a language, a team link) or tagged meetings, and are not greeted
 * as new. Only a user with no mark, no settings and no tag history is.
 */
export function firstRunDue(evidence: FirstRunEvidence): boolean {
  if (evidence.mark === 'done') return false;
  if (evidence.mark === 'due') return true;
  return evidence.settings === undefined && evidence.tagHistory === undefined;
}
