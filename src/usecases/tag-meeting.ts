import type { Catalog, Quadrant, Task } from '../core/catalog';
import { Suggester, defaultKeywordRules, tagExample, type Suggestion } from '../core/suggestions';
import { TagResolver } from '../core/tag-resolution';
import type {
  CurrentMeeting,
  CurrentMeetingPort,
  MeetingTagChange,
} from '../office/current-meeting';
import { examplesToLearnFrom } from '../core/suggestions/learned-history';
import type { LearnedHistoryCache } from '../storage/learned-history-cache';
import type { SettingsStore } from '../storage/settings-store';
import { keptLearnedHistory, learnFromTags } from './learned-suggestions';
import { readCatalog } from './user-catalog';
import { readTagHistory } from './tag-history-store';

export interface MeetingTagDeps {
  readonly meeting: CurrentMeetingPort;
  readonly settings: SettingsStore;
  readonly learnedHistory: LearnedHistoryCache;
}

type SuggestionStores = Pick<MeetingTagDeps, 'settings' | 'learnedHistory'>;

/** The open meeting as the Tag view shows it: its task, its quadrant and what to suggest. */
export interface MeetingTagState {
  readonly meeting: CurrentMeeting;
  readonly catalog: Catalog;
  readonly task: Task | null;
  /** The override when there is one, else the task's quadrant; null when untagged. */
  readonly quadrant: Quadrant | null;
  /** Ranked, without the task the meeting already has. */
  readonly suggestions: readonly Suggestion[];
}

/**
 * Keyword rules and the user's past tags: what this device learned from the calendar, else
 * the history that roams with the mailbox. All local, nothing waits for the network.
 */
async function suggesterFor(stores: SuggestionStores, catalog: Catalog): Promise<Suggester> {
  const [learned, stored] = await Promise.all([
    keptLearnedHistory(stores.learnedHistory, catalog),
    readTagHistory(stores.settings, catalog),
  ]);
  const history = examplesToLearnFrom(learned, stored);
  return new Suggester({ catalog, rules: defaultKeywordRules(catalog), history });
}

function stateOf(meeting: CurrentMeeting, catalog: Catalog, suggester: Suggester): MeetingTagState {
  const task = new TagResolver(catalog).resolve(meeting)?.task ?? null;
  const suggestions = suggester
    .suggest({
      subject: meeting.subject,
      isPrivate: meeting.isPrivate,
      organizer: meeting.organizer,
      attendeeCount: meeting.attendeeCount,
      seriesMasterId: meeting.seriesId,
    })
    .filter((suggestion) => suggestion.code !== task?.code);
  return {
    meeting,
    catalog,
    task,
    quadrant: meeting.quadrantOverride ?? task?.quadrant ?? null,
    suggestions,
  };
}

/**
 * Reads the open meeting and suggests tasks for it from local data only (the catalog, the
 * keyword rules and the stored history): no sign-in, no network. Null off an appointment.
 */
export async function readMeetingTagState(deps: MeetingTagDeps): Promise<MeetingTagState | null> {
  const meeting = await deps.meeting.read();
  if (meeting === null) return null;
  const warm = warmedUp.get(deps.settings);
  warmedUp.delete(deps.settings);
  const { catalog, suggester } = await (warm ?? localSuggester(deps));
  return stateOf(meeting, catalog, suggester);
}

interface LocalSuggester {
  catalog: Catalog;
  suggester: Suggester;
}

async function localSuggester(stores: SuggestionStores): Promise<LocalSuggester> {
  const catalog = await readCatalog(stores.settings);
  return { catalog, suggester: await suggesterFor(stores, catalog) };
}

const warmedUp = new WeakMap<SettingsStore, Promise<LocalSuggester>>();

/**
 * Builds the suggester while the pane still waits for something else (the host, the page's
 * data), so the first {@link readMeetingTagState} finds it ready. Used once: later reads
 * build their own, so a changed catalog or history is never missed.
 */
export function warmUpSuggestions(stores: SuggestionStores): void {
  const warm = localSuggester(stores);
  warm.catch(() => warmedUp.delete(stores.settings));
  warmedUp.set(stores.settings, warm);
}

/**
 * Applies a tag change to the meeting, learns from it at once (the device's history and the
 * roaming one the new-meeting handler reads), and returns the new state.
 */
export async function changeMeetingTag(
  deps: MeetingTagDeps,
  state: MeetingTagState,
  change: MeetingTagChange,
): Promise<MeetingTagState> {
  const retagged = change.taskCode !== state.task?.code;
  // A quadrant override belongs to the task it was set with (SPEC §4.6): untagged or tagged
  // with another task, the occurrence loses it, or a later tag would count in the old quadrant.
  // The override is per occurrence, and Outlook writes none on a series: a series change
  // clears it with a second write, on the occurrence, carrying the series' new tag.
  const clearsOverride =
    retagged && change.quadrantOverride === undefined && state.meeting.quadrantOverride !== null;
  let updated: CurrentMeeting;
  if (!clearsOverride) {
    updated = await deps.meeting.applyTag(state.meeting, change);
  } else if (change.target === 'series') {
    const series = await deps.meeting.applyTag(state.meeting, change);
    updated = await deps.meeting.applyTag(series, {
      taskCode: change.taskCode,
      quadrantOverride: null,
      target: 'item',
    });
  } else {
    updated = await deps.meeting.applyTag(state.meeting, { ...change, quadrantOverride: null });
  }
  const { catalog } = state;
  if (retagged) {
    const source = (meeting: CurrentMeeting) => ({
      subject: meeting.subject,
      organizer: meeting.organizer,
      attendeeCount: meeting.attendeeCount,
      seriesMasterId: meeting.seriesId,
    });
    const example =
      change.taskCode === null
        ? null
        : tagExample(source(updated), change.taskCode, updated.eventId ?? undefined);
    // The tag removed or replaced is forgotten: suggestions learn from what the user keeps.
    const forgotten =
      state.task === null ? [] : [tagExample(source(state.meeting), state.task.code)];
    // A history that cannot be saved only makes later suggestions weaker; the tag is done.
    await Promise.allSettled([
      import('./tag-history-changes').then(({ rememberTagChanges }) =>
        rememberTagChanges(deps.settings, catalog, forgotten, example === null ? [] : [example]),
      ),
      learnFromTags(
        deps.learnedHistory,
        catalog,
        updated.eventId === null ? [] : [updated.eventId],
        example === null ? [] : [example],
      ),
    ]);
  }
  return stateOf(updated, catalog, await suggesterFor(deps, catalog));
}
