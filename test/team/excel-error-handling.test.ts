import type { GraphFailure } from '../../src/graph/graph-call';
import { verdictOf } from '../../src/usecases/team-append';

const failure = (
  status: number | null,
  codes: string[],
  retryAfterSeconds: number | null = null,
): GraphFailure => ({
  status,
  connection: status === null ? 'unreachable' : null,
  limit: null,
  detail: '',
  retryAfterSeconds,
  codes,
});

/** Microsoft's "Error handling in Excel APIs in Microsoft Graph", code by code, for an append. */
describe('what a failed append does, as the Excel error guide says', () => {
  it.each([
    [
      'tooManyRequests with Retry-After: wait that long, resend',
      failure(429, ['tooManyRequests'], 7),
      { kind: 'retry', delayMs: 7000, applied: false },
    ],
    [
      'serviceUnavailable: wait, resend',
      failure(503, ['serviceUnavailable']),
      { kind: 'retry', delayMs: null, applied: false },
    ],
    [
      'gatewayTimeout: wait, then look before resending (it may have been applied)',
      failure(504, ['gatewayTimeout']),
      { kind: 'retry', applied: true },
    ],
    ['dropped connection: the same', failure(null, []), { kind: 'retry', applied: true }],
    [
      'no answer within the request timeout: the same',
      { ...failure(null, []), connection: null, limit: 'timeout' as const },
      { kind: 'retry', applied: true },
    ],
    [
      'the operation ran out of time: stop; it may have been applied',
      { ...failure(null, []), connection: null, limit: 'deadline' as const },
      { kind: 'stop', applied: true },
    ],
    [
      'accessConflict: wait until the other client is done, resend',
      failure(409, ['conflict', 'accessConflict']),
      { kind: 'retry', applied: false },
    ],
    [
      'EditModeCannotAcquireLock: the same',
      failure(409, ['conflict', 'EditModeCannotAcquireLock']),
      { kind: 'retry', applied: false },
    ],
    [
      'invalidSessionReCreatable: new session, resend',
      failure(404, ['itemNotFound', 'invalidSessionReCreatable']),
      { kind: 'newSession' },
    ],
    [
      'invalidSessionNotFound: stop',
      failure(404, ['itemNotFound', 'invalidSessionNotFound']),
      { kind: 'stop' },
    ],
    [
      'insertDeleteConflict: stop',
      failure(409, ['conflict', 'insertDeleteConflict']),
      { kind: 'stop' },
    ],
    ['itemNotFound: stop', failure(404, ['itemNotFound']), { kind: 'stop', applied: false }],
    [
      'generalException: stop; it may have been applied',
      failure(500, ['generalException']),
      { kind: 'stop', applied: true },
    ],
  ])('%s', (_, given, expected) => {
    expect(verdictOf(given, true)).toMatchObject(expected);
  });

  it('a read that timed out changed nothing', () => {
    expect(verdictOf(failure(504, ['gatewayTimeout']), false)).toMatchObject({ applied: false });
  });
});
