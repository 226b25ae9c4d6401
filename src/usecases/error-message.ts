import type { LocalizedMessage } from '../core/errors';
import { CentaureError } from '../core/errors';

/** The message of an error a use-case let through, in both languages. */
export function messageOf(error: unknown): LocalizedMessage {
  if (error instanceof CentaureError) return error.text;
  const detail = error instanceof Error ? error.message : String(error);
  return {
    fr: `Une erreur inattendue s’est produite : ${detail}`,
    en: `Something unexpected went wrong: ${detail}`,
  };
}
