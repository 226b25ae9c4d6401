import type { MailboxSettings } from '@microsoft/microsoft-graph-types';
import { InvalidInputError, oneLine } from '../core/errors';
import { toIanaZone } from '../core/time-zone';
import type { GraphClient } from './client';
import { callGraph } from './graph-call';
import { OPERATIONS } from './operations';

/** The mailbox's time zone (`GET /me/mailboxSettings`), as an IANA name even when Exchange gives a Windows one. */
export async function readMailboxTimeZone(graph: GraphClient): Promise<string> {
  const settings = (await callGraph(
    graph,
    OPERATIONS.readMailboxTimeZone,
    'GET /me/mailboxSettings',
    () => graph.api.api('/me/mailboxSettings').get(),
  )) as MailboxSettings | null;
  const name = settings?.timeZone;
  const zone = typeof name === 'string' ? toIanaZone(name) : undefined;
  if (zone === undefined) {
    const shown = typeof name === 'string' && name !== '' ? oneLine(name, 60) : '—';
    throw new InvalidInputError({
      fr: `Le fuseau horaire de la boîte aux lettres (« ${shown} ») est inconnu : indiquez un fuseau explicitement (par exemple Europe/Paris).`,
      en: `The mailbox time zone ("${shown}") is unknown: give a time zone explicitly (e.g. Europe/Paris).`,
    });
  }
  return zone;
}
