import type { Language } from './errors';

/**
 * The language stored user settings (`user-settings`) choose, read without checking the rest:
 * the pane needs it before its first render, which the settings' validation stays out of, and
 * the new-meeting handler needs nothing else. Null, the host's language, when none was chosen
 * or the stored value is not one.
 */
export function storedLanguageChoice(stored: unknown): Language | null {
  const language =
    typeof stored === 'object' && stored !== null
      ? (stored as { language?: unknown }).language
      : undefined;
  return language === 'fr' || language === 'en' ? language : null;
}

/** The language of a locale tag (`fr-FR`, `en-GB`, `fr_CA.UTF-8`): French when it says so, else English. */
export function languageOfLocale(locale: string): Language {
  return locale.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}
