/** A message shown to the user, in both product languages. */
export interface LocalizedMessage {
  fr: string;
  en: string;
}

export type Language = keyof LocalizedMessage;

/**
 * Every error Centaure reports to a user. `code` is stable for programs;
 * `message` (English) keeps stack traces readable for engineers.
 */
export class CentaureError extends Error {
  constructor(
    readonly code: string,
    readonly text: LocalizedMessage,
  ) {
    super(text.en);
    this.name = 'CentaureError';
  }

  in(language: Language): string {
    return this.text[language];
  }
}

/** Input that does not follow the contract (bad file, bad catalog, bad event). */
export class InvalidInputError extends CentaureError {
  constructor(text: LocalizedMessage) {
    super('invalid-input', text);
    this.name = 'InvalidInputError';
  }
}

/** Removes line breaks and other control characters so a message stays on one line. */
export function oneLine(text: string, maxLength = 80): string {
  // eslint-disable-next-line no-control-regex
  const flat = text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ').trim();
  return flat.length > maxLength ? `${flat.slice(0, maxLength - 1)}…` : flat;
}
