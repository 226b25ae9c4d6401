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
  const detail = error instanceof Error ? error.message : String(error);
  return {
    fr: `Une erreur inattendue s’est produite : ${detail}`,
    en: `Something unexpected went wrong: ${detail}`,
  };
}
