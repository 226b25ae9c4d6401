import type { Language } from '../core/errors';

/** What a command may touch of the outside world; tests pass their own. */
export interface CommandIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  env: NodeJS.ProcessEnv;
  language: Language;
  /** The current instant, injectable so "the current week" is testable. */
  now: () => Date;
  /** Waits until the output is written; throws a CentaureError when it could not be. */
  flush?: () => Promise<void>;
}

/** A text in the user's language. */
export function say(io: Pick<CommandIo, 'language'>, fr: string, en: string): string {
  return io.language === 'fr' ? fr : en;
}
