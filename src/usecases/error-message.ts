import type { LocalizedMessage } from '../core/errors';
import { CentaureError } from '../core/errors';

/**
 * A part of the pane's code that could not be downloaded: webpack's `ChunkLoadError` (the
 * network dropped, or a new deployment removed the old file), or the browser's own failure
 * of a dynamic `import()`. Its message holds the file's address, never shown to the user.
 */
export function isCodeLoadFailure(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  return (
    error.name === 'ChunkLoadError' ||
    /^(Loading (CSS )?chunk \S+ failed|Failed to fetch dynamically imported module)/.test(
      error.message,
    )
  );
}

const CODE_NOT_LOADED: LocalizedMessage = {
  fr: 'Une partie de Centaure n’a pas pu être chargée : vérifiez la connexion, puis réessayez.',
  en: 'Part of Centaure could not be loaded: check the connection, then try again.',
};

/** The message of an error a use-case let through, in both languages. */
export function messageOf(error: unknown): LocalizedMessage {
  if (error instanceof CentaureError) return error.text;
  if (isCodeLoadFailure(error)) return CODE_NOT_LOADED;
  const detail = error instanceof Error ? error.message : String(error);
  return {
    fr: `Une erreur inattendue s’est produite : ${detail}`,
    en: `Something unexpected went wrong: ${detail}`,
  };
}
