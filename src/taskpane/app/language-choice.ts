import { createContext, useContext } from 'react';
import { ROAMING_KEYS } from '../../core/addin';
import type { Language } from '../../core/errors';
import { storedLanguageChoice } from '../../core/language-choice';
import type { SettingsStore } from '../../storage/settings-store';

/** Switches the whole pane to a language: the user's choice, or null for the host's. */
export type ChooseLanguage = (choice: Language | null) => void;

export const ChooseLanguageContext = createContext<ChooseLanguage | null>(null);

/** What the Settings view calls once a language is saved. */
export function useChooseLanguage(): ChooseLanguage {
  const choose = useContext(ChooseLanguageContext);
  if (choose === null) throw new Error('useChooseLanguage outside <App>');
  return choose;
}

/**
 * The language the user saved, read before the pane's first render so the pane never shows
 * in the host's language first (stores answer at once); null, the host's, when none was chosen
 * or the settings cannot be read.
 */
export async function readLanguageChoice(store: SettingsStore): Promise<Language | null> {
  try {
    return storedLanguageChoice(await store.read(ROAMING_KEYS.settings));
  } catch {
    return null;
  }
}
