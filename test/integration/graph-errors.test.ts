import { inspect } from 'node:util';
import { DEFAULT_CATALOG } from '../../src/core/catalog';
import { InvalidInputError } from '../../src/core/errors';
import { readWeek } from '../../src/graph/calendar-view';
import { createGraphClient } from '../../src/graph/client';
import {
  GraphForbiddenError,
  GraphNotFoundError,
  GraphServiceError,
  GraphUnauthorizedError,
} from '../../src/graph/errors';
import { setEventTask } from '../../src/graph/event-tags';
import { graphError } from '../../src/emulator';
import type { GraphHarness } from './support/graph-harness';
import { startHarness } from './support/graph-harness';

let harness: GraphHarness;
const week = { weekYear: 2026, weekNumber: 47 };
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(() => harness.emulator.close());
beforeEach(() => {
  harness.emulator.faults.clear();
  harness.resetLog();
});

async function failureOf(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected a failure');
}

describe('Graph errors', () => {
  it('401: a rejected token is a typed, bilingual error', async () => {
    const graph = harness.client({ token: 'not-the-right-token' });

    const error = await failureOf(readWeek(graph, { week, timeZone: 'Europe/Paris' }));

    expect(error).toBeInstanceOf(GraphUnauthorizedError);
    expect(error).toMatchObject({
      code: 'graph-unauthorized',
      status: 401,
      request: 'GET /me/calendarView',
    });
    expect((error as GraphUnauthorizedError).in('fr')).toBe(
      'Microsoft Graph a refusé le jeton d’accès pendant la lecture du calendrier (401) : il manque, a expiré ou n’est pas destiné à Graph. Reconnectez-vous pour obtenir un nouveau jeton.',
    );
  });

  it('403: names the permission the call needs', async () => {
    harness.emulator.faults.add({
      path: '/me/mailboxSettings',
      status: 403,
      requiredScopes: ['MailboxSettings.Read', 'MailboxSettings.ReadWrite'],
    });

    const error = await failureOf(readWeek(harness.graph, { week }));

    expect(error).toBeInstanceOf(GraphForbiddenError);
    expect(error).toMatchObject({ status: 403, requiredScope: 'MailboxSettings.Read' });
    expect(error.message).toBe(
      'Microsoft Graph forbade reading the mailbox time zone (403): Centaure needs the MailboxSettings.Read permission, which has not been granted (user or admin consent is missing).',
    );
  });

  it('404: an event that is gone', async () => {
    const error = await failureOf(
      setEventTask(harness.graph, DEFAULT_CATALOG, 'AAMkAGoneForever', 'MAIL'),
    );

    expect(error).toBeInstanceOf(GraphNotFoundError);
    expect(error.message).toBe('Not found while reading an event (404): GET /me/events/{id}.');
  });

  it('passes on the token provider’s own error, e.g. "sign in first"', async () => {
    const signInFirst = new InvalidInputError({ fr: 'Connectez-vous.', en: 'Sign in first.' });
    const graph = createGraphClient({
      tokenProvider: {
        getAccessToken: async () => {
          throw signInFirst;
        },
      },
      baseUrl: harness.emulator.url,
    });

    await expect(readWeek(graph, { week, timeZone: 'Europe/Paris' })).rejects.toBe(signInFirst);
    expect(harness.emulator.requests.roundTrips()).toEqual([]);
  });

  it('never lets the token out, even when the server echoes the request', async () => {
    // A server (or a proxy) that echoes the request headers in its error message.
    harness.emulator.addRoute('GET', '/v1.0/me/calendarView', (request) =>
      graphError(
        400,
        'BadRequest',
        `Cannot process Authorization: ${request.headers.authorization}`,
      ),
    );

    const error = await failureOf(readWeek(harness.graph, { week, timeZone: 'Europe/Paris' }));

    expect(error).toBeInstanceOf(GraphServiceError);
    expect(error.message).toBe(
      'Microsoft Graph failed while reading the calendar (400 BadRequest: Cannot process Authorization: Bearer [redacted]).',
    );
    const everything = [
      error.message,
      error.stack ?? '',
      (error as GraphServiceError).in('fr'),
      JSON.stringify(error),
      inspect(error, { depth: 5 }),
    ].join('\n');
    expect(everything).toContain('[redacted]');
    expect(everything).not.toContain(harness.emulator.token);
  });
});
