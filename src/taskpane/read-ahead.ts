import type { CurrentMeetingPort } from '../office/current-meeting';
import type { LearnedHistoryCache } from '../storage/learned-history-cache';

/**
 * A read asked now, before anything needs it: the first `read()` gets that answer, any later
 * one (or one after `forget()`, when what was read may have changed) asks again.
 */
function askedAhead<T>(ask: () => Promise<T>): { read(): Promise<T>; forget(): void } {
  let ahead: Promise<T> | null = ask();
  // A failure is the first reader's to handle, when it reads.
  ahead.catch(() => undefined);
  return {
    read: () => {
      const answer = ahead ?? ask();
      ahead = null;
      return answer;
    },
    forget: () => {
      ahead = null;
    },
  };
}

/** The open meeting, read as soon as Outlook is ready: the Tag view's first read gets it. */
export function meetingReadAhead(port: CurrentMeetingPort): CurrentMeetingPort {
  const meeting = askedAhead(() => port.read());
  return {
    read: meeting.read,
    applyTag: (current, change) => port.applyTag(current, change),
    onMeetingChanged: (listener) => port.onMeetingChanged(listener),
  };
}

/**
 * What this device learned for the suggestions, read as the page starts: opening IndexedDB
 * cold takes a few hundred milliseconds, and asked once Outlook was ready it answered after
 * the meeting. A write since makes the next read ask again.
 */
export function learnedHistoryReadAhead(cache: LearnedHistoryCache): LearnedHistoryCache {
  const learned = askedAhead(() =>
    // The bench reads this mark: when the device's answer came (bench/trace-breakdown.ts).
    cache.read().finally(() => performance.mark('centaure:learned-history-read')),
  );
  return {
    read: learned.read,
    write: (value) => {
      learned.forget();
      return cache.write(value);
    },
  };
}
