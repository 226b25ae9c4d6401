import type { Catalog } from '../../core/catalog';
import { SCOPES } from '../../graph/scopes';
import type {
  CurrentMeeting,
  CurrentMeetingPort,
  MeetingTagChange,
} from '../../office/current-meeting';
import { connectGraph, type GraphAccess } from '../../usecases/graph-connection';

/** A meeting of the demo week, as the list beside the pane shows it. */
export interface DemoMeeting {
  readonly id: string;
  readonly subject: string;
  readonly start: Date | null;
  readonly isAllDay: boolean;
  readonly categories: readonly string[];
}

/**
 * The Outlook item in a plain browser: the demo week's events, read from the emulator, one
 * of which is "open" at a time. Tags are written to the emulator's mailbox through Graph,
 * where Outlook would write them through Office.js.
 */
export class DemoMailbox implements CurrentMeetingPort {
  private meetingsById = new Map<string, CurrentMeeting>();
  private openId: string | null = null;
  /** Set when Graph was written to: the week's meetings may have new tags. */
  private stale = false;
  private readonly listeners = new Set<() => void>();
  private readonly tagListeners = new Set<() => void>();

  constructor(
    private readonly access: GraphAccess,
    private readonly catalog: () => Promise<Catalog>,
    private readonly userMail: string,
    /** Reads the week's meetings again, as they are in the mailbox now. */
    private readonly reload: () => Promise<CurrentMeeting[]>,
  ) {}

  /** The week's meetings; the list beside the pane shows them. */
  holdWeek(meetings: readonly CurrentMeeting[]): DemoMeeting[] {
    this.meetingsById = new Map(meetings.map((meeting) => [meeting.key, meeting]));
    return this.meetings();
  }

  meetings(): DemoMeeting[] {
    return [...this.meetingsById.values()].map((meeting) => {
      return {
        id: meeting.key,
        subject: meeting.subject,
        start: meeting.start,
        isAllDay: meeting.isAllDay,
        categories: meeting.categories,
      };
    });
  }

  /** "Opens" a meeting, as clicking it in Outlook's calendar would. */
  open(id: string): void {
    this.openId = id;
    for (const listener of this.listeners) listener();
  }

  /** Another view tagged events: the next read gets the meetings as they are now. */
  markStale(): void {
    this.stale = true;
  }

  async read(): Promise<CurrentMeeting | null> {
    if (this.stale) {
      this.stale = false;
      this.holdWeek(await this.reload());
      for (const listener of this.tagListeners) listener();
    }
    return (this.openId === null ? undefined : this.meetingsById.get(this.openId)) ?? null;
  }

  async applyTag(meeting: CurrentMeeting, change: MeetingTagChange): Promise<CurrentMeeting> {
    const [graph, catalog, { writeDemoTag }] = await Promise.all([
      connectGraph(this.access, [SCOPES.tagEvents]),
      this.catalog(),
      import('./demo-tag-writes'),
    ]);
    const fresh = await writeDemoTag(graph, catalog, meeting, change, this.userMail);
    this.meetingsById.set(meeting.key, fresh);
    for (const listener of this.tagListeners) listener();
    return fresh;
  }

  onMeetingChanged(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  /** For the list beside the pane: a meeting's tag changed. */
  onTagged(listener: () => void): () => void {
    this.tagListeners.add(listener);
    return () => {
      this.tagListeners.delete(listener);
    };
  }
}
