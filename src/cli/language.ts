import type { Language } from '../core/errors';
import { languageOfLocale } from '../core/language-choice';

/** The user's language from the usual locale variables: French when they say so, English otherwise. */
export function languageFromEnvironment(env: NodeJS.ProcessEnv = process.env): Language {
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return languageOfLocale(locale);
}
