import type { LearnedHistory } from '../../src/core/suggestions/learned-history';
import { parseIsoWeek } from '../../src/core/week';
import type { CurrentMeeting, CurrentMeetingPort } from '../../src/office/current-meeting';
import type { LearnedHistoryCache } from '../../src/storage/learned-history-cache';
import type { SettingsStore } from '../../src/storage/settings-store';
import { reviewWeek, tagReviewedEvents } from '../../src/usecases/review-week';
import { changeMeetingTag, readMeetingTagState } from '../../src/usecases/tag-meeting';
import type { GraphHarness } from '../integration/support/graph-harness';
import { startHarness } from '../integration/support/graph-harness';
import { memorySettings } from '../support/memory-settings';

/*
 * "Lumen Vexo" is a name no keyword rule knows: only the user's past tags can suggest a task
 * for it. The user tagged it STRAT in weeks 43 and 44; week 47 has two untagged ones.
 */
const SUBJECT = 'Lumen Vexo';
const W47 = parseIsoWeek('2026-W47');
const NOW = new Date('2026-11-18T09:00:00Z');

function memoryCache(): LearnedHistoryCache {
  let kept: unknown;
  return {
    read: async () => structuredClone(kept),
    write: async (value) => {
      kept = structuredClone(value);
    },
  };
}

function meetingPort(meeting: CurrentMeeting): CurrentMeetingPort & { tagged: string[] } {
  const port = {
    tagged: [] as string[],
    read: async () => meeting,
    applyTag: async (open: CurrentMeeting, change: { taskCode: string | null }) => {
      port.tagged.push(String(change.taskCode));
      return { ...open, categories: change.taskCode ? [`Centaure ${change.taskCode}`] : [] };
    },
    onMeetingChanged: () => () => undefined,
  };
  return port;
}

let harness: GraphHarness;
let tuesday: string;
let thursday: string;
beforeAll(async () => {
  harness = await startHarness({ seed: 'empty' });
  const add = (date: string, categories: string[] = []) =>
    harness.emulator.mailbox.addEvent({
      subject: SUBJECT,
      start: { dateTime: `${date}T10:00:00`, timeZone: 'Europe/Paris' },
      end: { dateTime: `${date}T11:00:00`, timeZone: 'Europe/Paris' },
      categories,
    });
  add('2026-10-20', ['Centaure STRAT']);
  add('2026-10-27', ['Centaure STRAT']);
  tuesday = add('2026-11-17');
  thursday = add('2026-11-19');
});
afterAll(() => harness.emulator.close());

function deps(cache: LearnedHistoryCache, settings: SettingsStore) {
  return {
    tokens: { forScopes: () => ({ getAccessToken: async () => harness.emulator.token }) },
    graphBaseUrl: harness.emulator.url,
    settings,
    learnedHistory: cache,
  };
}

const calendarViews = () =>
  harness.roundTrips().filter((trip) => trip === 'GET /me/calendarView').length;

describe('the week review learns from the last 8 weeks', () => {
  it('suggests STRAT for this week’s Lumen Vexo from weeks 43 and 44, reading them once a week', async () => {
    const cache = memoryCache();
    harness.resetLog();
    const first = await reviewWeek(deps(cache, memorySettings()), { week: W47, now: NOW });
    // The week itself, then the 8 weeks W40–W47 learned from.
    expect(calendarViews()).toBe(2);
    const suggested = first.events.map((event) => [event.id, event.suggestion?.code ?? null]);
    expect(suggested).toEqual([
      [tuesday, 'STRAT'],
      [thursday, 'STRAT'],
    ]);

    harness.resetLog();
    const again = await reviewWeek(deps(cache, memorySettings()), { week: W47, now: NOW });
    expect(calendarViews()).toBe(1);
    expect(again.events.map((event) => event.suggestion?.code)).toEqual(['STRAT', 'STRAT']);
  });

  it('without the learned history (a fresh device, no roaming history) has nothing to suggest', async () => {
    const failing: LearnedHistoryCache = {
      read: async () => {
        throw new Error('IndexedDB unavailable');
      },
      write: async () => {
        throw new Error('IndexedDB unavailable');
      },
    };
    const review = await reviewWeek(deps(failing, memorySettings()), { week: W47, now: NOW });
    expect(review.events.map((event) => event.suggestion)).toEqual([null, null]);
  });

  it('counts an event tagged in the pane once, however often it is retagged', async () => {
    const cache = memoryCache();
    const settings = memorySettings();
    let review = await reviewWeek(deps(cache, settings), { week: W47, now: NOW });
    for (const code of ['ADM', 'REU', 'ADM']) {
      ({ review } = await tagReviewedEvents(deps(cache, settings), review, [
        { eventId: tuesday, taskCode: code },
      ]));
    }
    const kept = (await cache.read()) as LearnedHistory;
    const codesOf = (id: string) =>
      kept.examples.filter((e) => e.eventId === id).map((e) => e.code);
    expect(codesOf(tuesday)).toEqual(['ADM']);
    expect(kept.examples.map((e) => e.code).sort()).toEqual(['ADM', 'STRAT', 'STRAT']);
    // Thursday's Lumen Vexo: STRAT twice against ADM once.
    expect(review.events.find((event) => event.id === thursday)?.suggestion?.code).toBe('STRAT');
  });
});

describe('when the roaming settings refuse to save', () => {
  it('the device still learns the tag set in the Week view', async () => {
    const cache = memoryCache();
    const settings = memorySettings();
    const review = await reviewWeek(deps(cache, settings), { week: W47, now: NOW });
    const full: SettingsStore = {
      read: settings.read,
      write: async () => {
        throw new Error('roaming settings are full');
      },
    };
    await tagReviewedEvents(deps(cache, full), review, [{ eventId: tuesday, taskCode: 'ADM' }]);
    const kept = (await cache.read()) as LearnedHistory;
    expect(kept.examples.filter((e) => e.eventId === tuesday).map((e) => e.code)).toEqual(['ADM']);
  });
});

describe('the Tag view suggests from what this device learned, without the network', () => {
  const meeting: CurrentMeeting = {
    key: 'open',
    eventId: null,
    subject: SUBJECT,
    start: new Date('2026-11-19T09:00:00Z'),
    end: new Date('2026-11-19T10:00:00Z'),
    isAllDay: false,
    organizer: null,
    attendeeCount: 0,
    role: 'organizer',
    isNew: false,
    recurrence: 'single',
    seriesId: null,
    categories: [],
    quadrantOverride: null,
    isPrivate: false,
    readOnly: false,
  };

  it('suggests STRAT once the Week view has learned, and nothing before', async () => {
    const cache = memoryCache();
    const settings = memorySettings();
    const open = { ...meeting, eventId: thursday };
    const tagDeps = { meeting: meetingPort(open), settings, learnedHistory: cache };
    expect((await readMeetingTagState(tagDeps))?.suggestions).toEqual([]);

    await reviewWeek(deps(cache, settings), { week: W47, now: NOW });
    harness.resetLog();
    const state = await readMeetingTagState(tagDeps);
    expect(state?.suggestions.map((s) => s.code)).toEqual(['STRAT']);
    expect(harness.roundTrips()).toEqual([]);
  });

  it('learns a tag set in the Tag view once, replacing what it knew of that meeting', async () => {
    const cache = memoryCache();
    const settings = memorySettings();
    await reviewWeek(deps(cache, settings), { week: W47, now: NOW });
    const open = { ...meeting, eventId: thursday };
    const port = meetingPort(open);
    const tagDeps = { meeting: port, settings, learnedHistory: cache };
    const read = await readMeetingTagState(tagDeps);
    const veil = await changeMeetingTag(tagDeps, read!, { taskCode: 'VEIL' });
    await changeMeetingTag(tagDeps, veil, { taskCode: 'ADM' });
    const kept = (await cache.read()) as LearnedHistory;
    expect(kept.examples.filter((e) => e.eventId === thursday).map((e) => e.code)).toEqual(['ADM']);
    expect(port.tagged).toEqual(['VEIL', 'ADM']);
  });

  it('forgets a tag undone in the Tag view, in the roaming history the new-meeting handler reads too', async () => {
    // A fresh device (no learned history): suggestions come from the roaming history only.
    const settings = memorySettings();
    const tagDeps = { meeting: meetingPort(meeting), settings, learnedHistory: memoryCache() };
    const read = await readMeetingTagState(tagDeps);
    expect(read!.suggestions).toEqual([]);
    const crise = await changeMeetingTag(tagDeps, read!, { taskCode: 'CRISE' });
    expect((await settings.read('tagHistory')) as unknown).toMatchObject({
      examples: [['CRISE', expect.any(String), '', 0, '']],
    });
    const untagged = await changeMeetingTag(tagDeps, crise, { taskCode: null });
    expect(untagged.suggestions).toEqual([]);
    expect(await settings.read('tagHistory')).toEqual({ v: 1, examples: [] });
    // Retagged: the old task is forgotten, the new one learned.
    const mgt = await changeMeetingTag(tagDeps, untagged, { taskCode: 'MGT' });
    await changeMeetingTag(tagDeps, mgt, { taskCode: 'REU' });
    expect(
      ((await settings.read('tagHistory')) as { examples: unknown[][] }).examples.map((e) => e[0]),
    ).toEqual(['REU']);
  });
});
