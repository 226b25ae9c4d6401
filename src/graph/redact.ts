const BEARER = /\bBearer\s+[^\s"',;]+/gi;
// Entra ID access tokens are JWTs: three base64url parts, the first always starting `eyJ`.
const JWT = /\beyJ[\w-]*\.[\w-]*\.[\w-]*/g;
const REDACTED = '[redacted]';

/**
 * Remembers the access tokens handed to the SDK, so that any text coming back from the
 * server (which may echo a request) can be cleaned before it reaches a message or a log.
 */
export class SecretRedactor {
  private readonly secrets: string[] = [];

  constructor(private readonly capacity = 8) {}

  remember(secret: string): void {
    if (secret === '' || this.secrets.includes(secret)) return;
    this.secrets.push(secret);
    if (this.secrets.length > this.capacity) this.secrets.shift();
  }

  redact(text: string): string {
    let clean = text;
    for (const secret of this.secrets) clean = clean.split(secret).join(REDACTED);
    return clean.replace(BEARER, `Bearer ${REDACTED}`).replace(JWT, REDACTED);
  }
}
