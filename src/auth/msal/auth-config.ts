import { InvalidInputError } from '../../core/errors';

/**
 * The Entra ID app registration Centaure signs in with, set at build time (`CENTAURE_CLIENT_ID`,
 * `CENTAURE_TENANT`) and served next to the pane as `auth-config.json`. No secret: a
 * single-page application has none.
 */
export interface AuthConfig {
  readonly clientId: string;
  /** `https://login.microsoftonline.com/<tenant>`; `common` takes any work, school or personal account. */
  readonly authority: string;
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const TENANT = /^([0-9a-z-]+(\.[0-9a-z-]+)*|common|organizations|consumers)$/i;

/** Checks the JSON written by the build; an empty client id means the build was not configured. */
export function parseAuthConfig(raw: unknown): AuthConfig | null {
  const record = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const clientId = typeof record.clientId === 'string' ? record.clientId.trim() : '';
  const tenant =
    typeof record.tenant === 'string' && record.tenant.trim() !== ''
      ? record.tenant.trim()
      : 'common';
  if (clientId === '') return null;
  if (!GUID.test(clientId) || !TENANT.test(tenant)) {
    throw new InvalidInputError({
      fr: `auth-config.json invalide : l’identifiant d’application doit être un GUID et le locataire un nom de domaine, un GUID ou « common » (reçu : ${clientId}, ${tenant}).`,
      en: `Invalid auth-config.json: the client id must be a GUID and the tenant a domain, a GUID or "common" (got ${clientId}, ${tenant}).`,
    });
  }
  return { clientId, authority: `https://login.microsoftonline.com/${tenant}` };
}
