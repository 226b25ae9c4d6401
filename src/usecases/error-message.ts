import type { LocalizedMessage } from '../core/errors';
import { CentaureError } from '../core/errors';

/**
 * A part of the pane's code that could not be downloaded: webpack's `ChunkLoadError` (network
 * dropped, or a new deployment removed the old file). Its message holds the file's address.
 */
export function isCodeLoadFailure(error: unknown): boolean {
  return error instanceof Error && error.name === 'ChunkLoadError';
}

/** The message of an error a use-case let through, in both languages. */
export function messageOf(error: unknown): LocalizedMessage {
  if (error instanceof CentaureError) return error.text;
  if (isCodeLoadFailure(error)) {
    return {
      fr: 'Une partie de Centaure n’a pas pu être chargée : vérifiez la connexion.',
      en: 'Part of Centaure could not be loaded: check the connection.',
    };
  }
  // A fault with no words of its own (a bug, a browser quirk): its text is the program's, not
  // the user's (often English, sometimes an address), so the user gets what to do instead; the
  // self-test in Settings › Diagnostics is what support reads.
  return UNKNOWN_FAULT;
}

const UNKNOWN_FAULT: LocalizedMessage = {
  fr: 'Centaure n’a pas pu terminer cette action. Rien n’a été perdu : réessayez. Si cela se reproduit, Paramètres › Diagnostic donne les détails à transmettre à votre support.',
  en: 'Centaure could not finish this action. Nothing was lost: try again. If it happens again, Settings › Diagnostics gives the details for your support.',
};
