import { createContext, useContext } from 'react';
import type { Language, LocalizedMessage } from '../../core/errors';
import { formatsFor, type Formats } from './format';

/** A view's strings in both languages: the same keys, checked by the compiler. */
export type Localized<T> = Record<Language, T>;

export interface I18n {
  readonly language: Language;
  readonly formats: Formats;
  /** A message from `src/core` or a use-case, in the pane's language. */
  say(message: LocalizedMessage): string;
}

export function i18nFor(language: Language): I18n {
  return { language, formats: formatsFor(language), say: (message) => message[language] };
}

export const I18nContext = createContext<I18n>(i18nFor('en'));

export function useI18n(): I18n {
  return useContext(I18nContext);
}

/** The strings of a view (declared next to it with {@link Localized}) in the pane's language. */
export function useStrings<T>(strings: Localized<T>): T {
  return strings[useI18n().language];
}
