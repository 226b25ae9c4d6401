import type {
  CurrentMeeting,
  CurrentMeetingPort,
  MeetingTagChange,
} from '../../src/office/current-meeting';
import type { LearnedHistoryCache } from '../../src/storage/learned-history-cache';
import { changeMeetingTag, readMeetingTagState } from '../../src/usecases/tag-meeting';
import { memorySettings } from '../support/memory-settings';

// SPEC §4.6: a quadrant override belongs to the occurrence and to the task it was set with.
// The weekly CODIR is REU (I+U-); this Monday's occurrence was overridden to I+U+.
const OCCURRENCE: CurrentMeeting = {
  key: 'occurrence-1',
  eventId: 'occurrence-1',
  subject: 'CODIR',
  start: new Date('2026-11-16T09:00:00Z'),
  end: new Date('2026-11-16T10:00:00Z'),
  isAllDay: false,
  organizer: 'dg@contoso.example',
  attendeeCount: 6,
  role: 'attendee',
  isNew: false,
  recurrence: 'occurrence',
  seriesId: 'series-1',
  categories: ['Centaure REU'],
  quadrantOverride: 'I+U+',
  isPrivate: false,
  readOnly: false,
};

const noCache: LearnedHistoryCache = { read: async () => undefined, write: async () => undefined };

/** Outlook as the add-in sees it: the series' tag is the occurrence's unless the occurrence has its own. */
function outlook(): CurrentMeetingPort & { writes: MeetingTagChange[] } {
  let occurrence = OCCURRENCE;
  const port = {
    writes: [] as MeetingTagChange[],
    read: async () => occurrence,
    applyTag: async (_meeting: CurrentMeeting, change: MeetingTagChange) => {
      port.writes.push(change);
      const categories = change.taskCode === null ? [] : [`Centaure ${change.taskCode}`];
      occurrence = {
        ...occurrence,
        categories,
        quadrantOverride:
          change.quadrantOverride === undefined
            ? occurrence.quadrantOverride
            : change.quadrantOverride,
      };
      return occurrence;
    },
    onMeetingChanged: () => () => undefined,
  };
  return port;
}

describe('untagging or retagging a whole series from an overridden occurrence', () => {
  it('clears the occurrence’s override too: tagged again later, it counts in the task’s quadrant', async () => {
    const port = outlook();
    const deps = { meeting: port, settings: memorySettings(), learnedHistory: noCache };
    const state = (await readMeetingTagState(deps))!;
    expect(state.quadrant).toBe('I+U+');

    const untagged = await changeMeetingTag(deps, state, { taskCode: null, target: 'series' });
    expect(untagged.meeting.quadrantOverride).toBeNull();
    expect(untagged.quadrant).toBeNull();
    // The series is written as the user chose, and the override is cleared on the occurrence only.
    expect(port.writes).toEqual([
      { taskCode: null, target: 'series' },
      { taskCode: null, quadrantOverride: null, target: 'item' },
    ]);

    const retagged = await changeMeetingTag(deps, untagged, { taskCode: 'REU' });
    expect(retagged.quadrant).toBe('I+U-');
  });

  it('leaves an occurrence without override alone: one write, on the series', async () => {
    const port = outlook();
    const deps = { meeting: port, settings: memorySettings(), learnedHistory: noCache };
    const state = (await readMeetingTagState(deps))!;
    const cleared = await changeMeetingTag(deps, state, {
      taskCode: 'REU',
      quadrantOverride: null,
    });
    port.writes.length = 0;
    await changeMeetingTag(deps, cleared, { taskCode: 'CRISE', target: 'series' });
    expect(port.writes).toEqual([{ taskCode: 'CRISE', target: 'series' }]);
  });
});
