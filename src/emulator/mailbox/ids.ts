/** Exchange ids start like this; the rest is opaque to clients. */
const PREFIX = 'AAMkADNlbXU';

/** URL-safe base64 that keeps its `=` padding, as Exchange ids do. */
function encode(text: string): string {
  const body = Buffer.from(text, 'utf8').toString('base64url');
  return `${PREFIX}${body}${'='.repeat((4 - (body.length % 4)) % 4)}`;
}

export function storedEventId(sequence: number): string {
  return encode(`centaure-emulator/event/${sequence}`);
}

/** An occurrence's id names its series and its date, so it is stable and can be read back. */
export function occurrenceEventId(masterId: string, date: string): string {
  const master = parseEventId(masterId);
  if (master?.kind !== 'stored') throw new Error(`not a series id: ${masterId}`);
  return encode(`centaure-emulator/event/${master.sequence}/occurrence/${date}`);
}

export type ParsedEventId =
  { kind: 'stored'; sequence: number } | { kind: 'occurrence'; masterId: string; date: string };

export function parseEventId(id: string): ParsedEventId | undefined {
  if (!id.startsWith(PREFIX)) return undefined;
  const text = Buffer.from(id.slice(PREFIX.length), 'base64url').toString('utf8');
  const match = /^centaure-emulator\/event\/(\d+)(?:\/occurrence\/(\d{4}-\d{2}-\d{2}))?$/.exec(
    text,
  );
  if (!match) return undefined;
  if (encode(text) !== id) return undefined;
  const sequence = Number(match[1]);
  return match[2] === undefined
    ? { kind: 'stored', sequence }
    : { kind: 'occurrence', masterId: storedEventId(sequence), date: match[2] };
}
