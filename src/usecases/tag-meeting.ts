import type { Catalog, Quadrant, Task } from '../core/catalog';
import { Suggester, defaultKeywordRules, tagExample, type Suggestion } from '../core/suggestions';
import { TagResolver } from '../core/tag-resolution';
import type {
  CurrentMeeting,
  CurrentMeetingPort,
  MeetingTagChange,
} from '../office/current-meeting';
import type { SettingsStore } from '../storage/settings-store';
import { readCatalog } from './user-catalog';
import { readTagHistory, rememberTags } from './tag-history-store';

export interface MeetingTagDeps {
  readonly meeting: CurrentMeetingPort;
  readonly settings: SettingsStore;
}

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
  const catalog = await readCatalog(deps.settings);
  const history = await readTagHistory(deps.settings, catalog);
  const suggester = new Suggester({ catalog, rules: defaultKeywordRules(catalog), history });
  return stateOf(meeting, catalog, suggester);
}

/** Applies a tag change to the meeting, remembers the choice for later suggestions, and returns the new state. */
export async function changeMeetingTag(
  deps: MeetingTagDeps,
  state: MeetingTagState,
  change: MeetingTagChange,
): Promise<MeetingTagState> {
  const updated = await deps.meeting.applyTag(state.meeting, change);
  const { catalog } = state;
  if (change.taskCode !== null && change.taskCode !== state.task?.code) {
    const example = tagExample(
      {
        subject: updated.subject,
        organizer: updated.organizer,
        attendeeCount: updated.attendeeCount,
        seriesMasterId: updated.seriesId,
      },
      change.taskCode,
    );
    try {
      await rememberTags(deps.settings, catalog, [example]);
    } catch {
      // A history that cannot be saved only makes later suggestions weaker; the tag is done.
    }
  }
  const history = await readTagHistory(deps.settings, catalog);
  return stateOf(
    updated,
    catalog,
    new Suggester({ catalog, rules: defaultKeywordRules(catalog), history }),
  );
}
