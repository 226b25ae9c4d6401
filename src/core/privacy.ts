import { readGraphEnum, SENSITIVITIES } from './graph-enums';
import { subjectCodePrefix } from './tag-resolution';

/** `sensitivity` values whose subject never leaves the mailbox (SPEC §4.7), in any case. */
export function isPrivateSensitivity(sensitivity: unknown): boolean {
  const read = readGraphEnum(sensitivity, SENSITIVITIES, 'normal');
  return read === 'private' || read === 'confidential';
}

/**
 * A Graph event as it may be written outside the mailbox: a private or confidential event
 * keeps its times, categories and status, and of its subject only a `[CODE]` tag, so it
 * counts exactly as it does in the mailbox.
 */
export function withoutPrivateSubject<T extends { sensitivity?: unknown; subject?: unknown }>(
  event: T,
): T {
  if (!isPrivateSensitivity(event.sensitivity)) return event;
  const subject = typeof event.subject === 'string' ? event.subject : '';
  return { ...event, subject: subjectCodePrefix(subject)?.prefix ?? '' };
}
