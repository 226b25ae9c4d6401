import { DEFAULT_CATALOG } from '../../src/core/catalog';
import { InvalidInputError } from '../../src/core/errors';
import { normalizeBaseUrl } from '../../src/graph/client';
import { encodeSharingUrl } from '../../src/graph/drive';
import { categoriesForTask } from '../../src/core/task-categories';
import { SecretRedactor } from '../../src/graph/redact';
import { parseRetryAfter } from '../../src/graph/retry-policy';

// The rules of src/graph that need no server; everything else is tested against the emulator.

describe('categories of a tagged event', () => {
  it('puts the new task where the old one was and keeps the user’s own categories in order', () => {
    expect(
      categoriesForTask(['Important', 'Centaure REU', 'Personnel'], DEFAULT_CATALOG, 'MAIL'),
    ).toEqual(['Important', 'Centaure MAIL', 'Personnel']);
  });

  it('removes every catalog category, matched trimmed and case-insensitively, by category or code', () => {
    expect(categoriesForTask([' centaure reu ', 'strat', 'Perso'], DEFAULT_CATALOG, null)).toEqual([
      'Perso',
    ]);
  });

  it('appends the task when the event had none, and leaves an already right event as it was', () => {
    expect(categoriesForTask(['Perso'], DEFAULT_CATALOG, 'STRAT')).toEqual([
      'Perso',
      'Centaure STRAT',
    ]);
    expect(categoriesForTask(['Centaure STRAT', 'Perso'], DEFAULT_CATALOG, 'STRAT')).toEqual([
      'Centaure STRAT',
      'Perso',
    ]);
  });

  it('refuses a task that is not in the catalog', () => {
    expect(() => categoriesForTask([], DEFAULT_CATALOG, 'NOPE')).toThrow(InvalidInputError);
  });
});

describe('sharing links', () => {
  it('encodes a link as Graph documents it: u! + unpadded base64url', () => {
    // The example of "Accessing shared DriveItems" (shares-get) in the Graph documentation.
    expect(
      encodeSharingUrl(
        'https://onedrive.live.com/redir?resid=1231244193912!12&authKey=1201919!12921!1',
      ),
    ).toBe(
      'u!aHR0cHM6Ly9vbmVkcml2ZS5saXZlLmNvbS9yZWRpcj9yZXNpZD0xMjMxMjQ0MTkzOTEyITEyJmF1dGhLZXk9MTIwMTkxOSExMjkyMSEx',
    );
  });

  it('uses - and _ where base64 has + and /, and drops the padding', () => {
    // ">>>" is 3E 3E 3E: 6-bit groups 15 35 56 62, "Pj4+" in base64.
    expect(encodeSharingUrl('>>>')).toBe('u!Pj4-');
    // "?>?" is 3F 3E 3F: groups 15 51 56 63, "Pz4/".
    expect(encodeSharingUrl('?>?')).toBe('u!Pz4_');
    // "?" alone is "Pw==".
    expect(encodeSharingUrl('?')).toBe('u!Pw');
  });
});

describe('Retry-After', () => {
  const now = Date.parse('2026-11-18T10:00:00Z');

  it('reads delta-seconds and HTTP dates, in milliseconds', () => {
    expect(parseRetryAfter('0', now)).toBe(0);
    expect(parseRetryAfter('2', now)).toBe(2000);
    expect(parseRetryAfter('Wed, 18 Nov 2026 10:00:30 GMT', now)).toBe(30_000);
    expect(parseRetryAfter('Wed, 18 Nov 2026 09:59:00 GMT', now)).toBe(0);
  });

  it('is null when absent or unreadable', () => {
    expect(parseRetryAfter(null, now)).toBeNull();
    expect(parseRetryAfter('soon', now)).toBeNull();
  });
});

describe('redaction', () => {
  it('removes tokens handed out, bearer headers and JWTs from server text', () => {
    const redactor = new SecretRedactor();
    redactor.remember('opaque-token-123');
    const echoed =
      'bad request: Authorization: Bearer abc.def, token opaque-token-123, jwt eyJhbGciOi.eyJzdWIi.c2ln';
    expect(redactor.redact(echoed)).toBe(
      'bad request: Authorization: Bearer [redacted], token [redacted], jwt [redacted]',
    );
  });
});

describe('Graph service root', () => {
  it('keeps the origin, without a trailing slash or version', () => {
    expect(normalizeBaseUrl('https://graph.microsoft.com/')).toBe('https://graph.microsoft.com');
    expect(normalizeBaseUrl('https://127.0.0.1:8443/v1.0/')).toBe('https://127.0.0.1:8443');
  });

  it('refuses anything but https: the SDK would send the token nowhere or to the wrong URL', () => {
    expect(() => normalizeBaseUrl('http://127.0.0.1:8443')).toThrow(InvalidInputError);
    expect(() => normalizeBaseUrl('graph.microsoft.com')).toThrow(InvalidInputError);
  });
});
