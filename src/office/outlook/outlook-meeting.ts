import { QUADRANT_OVERRIDE_PROPERTY } from '../../core/addin';
import type { Catalog, Quadrant } from '../../core/catalog';
import type { EventTagOutcome } from '../../graph/event-tags';
import { categoriesForTask } from '../../core/task-categories';
import type { GraphClient } from '../../graph/client';
import { GraphNotFoundError } from '../../graph/errors';
import type { CurrentMeeting, CurrentMeetingPort, MeetingTagChange } from '../current-meeting';
import {
  MeetingClosedError,
  MeetingNotSyncedError,
  OutlookTooOldError,
  ReadOnlyMeetingError,
  SeriesOverrideError,
  SharedCalendarError,
} from './meeting-errors';
import { OfficeCallError, READ_ONLY_ERRORS, officeCall } from './office-errors';
import type { AppointmentItem, ItemRecord } from './read-item';
import {
  itemCategories,
  loadCustomProperties,
  overrideOf,
  readAppointment,
  toRestId,
} from './read-item';

/** What the adapter needs besides Office.js; Graph is reached only when Office.js cannot write. */
export interface OutlookMeetingDependencies {
  /** The user's catalog: the task code → Outlook category mapping. */
  loadCatalog(): Promise<Catalog>;
  /** Graph signed in for tagging events (`Calendars.ReadWrite`). */
  taggingGraph(): Promise<GraphClient>;
  /** Creates the catalog's Outlook categories that are missing, one colour per quadrant. */
  ensureCategories(catalog: Catalog): Promise<void>;
  /** Graph's own writes, replaceable in tests. */
  setEventTask(
    graph: GraphClient,
    catalog: Catalog,
    eventId: string,
    taskCode: string | null,
  ): Promise<EventTagOutcome>;
  setQuadrantOverride(
    graph: GraphClient,
    eventId: string,
    quadrant: Quadrant | null,
  ): Promise<void>;
}

const TAGGING = { fr: 'le marquage de la réunion', en: 'tagging the meeting' };
const SAVING = { fr: 'l’enregistrement de la réunion', en: 'saving the meeting' };
const WEB_HOSTS = new Set(['OutlookWebApp', 'newOutlookWindows']);
/** Categories on items and `getItemIdAsync` arrived in Mailbox 1.8. */
const TAGGING_SET = ['Mailbox', '1.8'] as const;

const lower = (list: readonly string[]) => new Set(list.map((c) => c.trim().toLowerCase()));

/**
 * {@link CurrentMeetingPort} on Office.js. Categories are written through Office.js where
 * Outlook allows it (classic Outlook on Windows and Mac; read mode of the user's own meeting on
 * the web), otherwise through Graph with `If-Match` on the item's REST id. The quadrant
 * override is the item's custom property, which Graph reads as the extended property of SPEC §4.6.
 */
export class OutlookMeeting implements CurrentMeetingPort {
  private readonly records = new Map<string, ItemRecord>();
  private newItems = 0;

  constructor(private readonly deps: OutlookMeetingDependencies) {}

  async read(): Promise<CurrentMeeting | null> {
    const item = Office.context.mailbox.item;
    if (item === undefined || item === null) return null;
    if (item.itemType !== Office.MailboxEnums.ItemType.Appointment) return null;
    const { meeting, record } = await readAppointment(item as AppointmentItem, (ewsId) =>
      ewsId === null ? `new:${++this.newItems}` : `item:${ewsId}`,
    );
    this.records.set(meeting.key, record);
    return meeting;
  }

  async applyTag(meeting: CurrentMeeting, change: MeetingTagChange): Promise<CurrentMeeting> {
    if (meeting.readOnly) throw new ReadOnlyMeetingError();
    if (!Office.context.requirements.isSetSupported(...TAGGING_SET)) {
      throw new OutlookTooOldError(...TAGGING_SET);
    }
    const record = this.records.get(meeting.key);
    if (record === undefined) throw new MeetingClosedError();
    const series = change.target === 'series';
    if (series && change.quadrantOverride !== undefined) throw new SeriesOverrideError();
    const catalog = await this.deps.loadCatalog();
    // An unknown task fails here, before anything is written.
    categoriesForTask(meeting.categories, catalog, change.taskCode);
    try {
      const categories = await this.writeCategories(record, meeting, catalog, change);
      let quadrantOverride = meeting.quadrantOverride;
      if (change.quadrantOverride !== undefined) {
        quadrantOverride = change.quadrantOverride;
        await this.writeOverride(record, quadrantOverride);
      }
      if (series) return meeting;
      const eventId = record.ewsId === null ? null : toRestId(record.ewsId);
      const isNew = record.ewsId === null;
      const keptWhenSaved = isNew && this.heldOnForm(record);
      return { ...meeting, categories, quadrantOverride, eventId, isNew, keptWhenSaved };
    } catch (error) {
      if (error instanceof OfficeCallError && READ_ONLY_ERRORS.has(error.officeName)) {
        throw new ReadOnlyMeetingError();
      }
      throw error;
    }
  }

  /** Writes the tag to the item it was chosen for; resolves with the item's categories now. */
  private async writeCategories(
    record: ItemRecord,
    meeting: CurrentMeeting,
    catalog: Catalog,
    change: MeetingTagChange,
  ): Promise<string[]> {
    const series = change.target === 'series';
    if (!series && this.isOpen(record) && this.canWriteCategories(record, meeting)) {
      try {
        const onItem = await this.tagThroughOffice(record.item, catalog, change.taskCode);
        // On the form only until the item is saved: an existing meeting gets the tag in the
        // mailbox through Graph too, so "Don't save" does not lose it; a new one has no id
        // yet, and the pane says the tag is kept when the meeting is saved or sent.
        if (!this.heldOnForm(record) || record.ewsId === null) return onItem;
      } catch (error) {
        // The user opened another item while the write was in flight: finish it through Graph.
        if (!(isItemChange(error) && record.ewsId !== null)) throw error;
      }
    }
    if (record.shared) throw new SharedCalendarError();
    const graph = await this.deps.taggingGraph();
    const eventId = series ? this.seriesRestId(record) : await this.restId(record);
    if (change.taskCode !== null) await this.deps.ensureCategories(catalog);
    try {
      const outcome = await this.deps.setEventTask(graph, catalog, eventId, change.taskCode);
      if (outcome.status === 'failed') throw outcome.error;
      return outcome.categories;
    } catch (error) {
      if (error instanceof GraphNotFoundError && record.mode === 'compose') {
        throw new MeetingNotSyncedError();
      }
      throw error;
    }
  }

  onMeetingChanged(listener: () => void): () => void {
    const mailbox = Office.context.mailbox;
    mailbox.addHandlerAsync(Office.EventType.ItemChanged, listener);
    return () => mailbox.removeHandlerAsync(Office.EventType.ItemChanged);
  }

  /**
   * Classic Outlook on Windows keeps compose-mode writes on the open form until the item is
   * saved or closed: "custom properties saved while in compose mode only persist after the item
   * being composed is closed or after `Office.context.mailbox.item.saveAsync` is called"
   * (Office.CustomProperties.saveAsync in node_modules/@types/office-js); categories set on the
   * form are treated alike. Outlook on Mac reports the same host name but another platform.
   */
  private heldOnForm(record: ItemRecord): boolean {
    return (
      record.mode === 'compose' &&
      Office.context.mailbox.diagnostics.hostName === 'Outlook' &&
      String(Office.context.platform ?? '') !== 'Mac'
    );
  }

  /** The item is still the one open in Outlook (the user did not switch to another). */
  private isOpen(record: ItemRecord): boolean {
    return Office.context.mailbox.item === record.item;
  }

  /**
   * Outlook on the web and the new Outlook cannot set an appointment's categories in compose
   * mode, nor in read mode on a meeting someone else organized; classic Outlook and Mac can.
   */
  private canWriteCategories(record: ItemRecord, meeting: CurrentMeeting): boolean {
    if (!WEB_HOSTS.has(Office.context.mailbox.diagnostics.hostName)) return true;
    return record.mode === 'read' && meeting.role === 'organizer';
  }

  /** Adds the task's category, then removes the other tasks' ones; undone if the second step fails. */
  private async tagThroughOffice(
    item: AppointmentItem,
    catalog: Catalog,
    taskCode: string | null,
  ): Promise<string[]> {
    const current = await itemCategories(item, TAGGING);
    const desired = categoriesForTask(current, catalog, taskCode);
    const wanted = lower(desired);
    const present = lower(current);
    const toAdd = desired.filter((c) => !present.has(c.trim().toLowerCase()));
    const toRemove = current.filter((c) => !wanted.has(c.trim().toLowerCase()));
    const add = () => officeCall<void>(TAGGING, (done) => item.categories.addAsync(toAdd, done));
    if (toAdd.length > 0) {
      try {
        await add();
      } catch (error) {
        // Categories are created on first use: the task's one may not exist in the mailbox yet.
        if (!(error instanceof OfficeCallError && error.officeName === 'InvalidCategory'))
          throw error;
        await this.deps.ensureCategories(catalog);
        await add();
      }
    }
    if (toRemove.length > 0) {
      try {
        await officeCall<void>(TAGGING, (done) => item.categories.removeAsync(toRemove, done));
      } catch (error) {
        if (toAdd.length > 0) {
          await officeCall<void>(TAGGING, (done) => item.categories.removeAsync(toAdd, done)).catch(
            () => undefined,
          );
        }
        throw error;
      }
    }
    return desired;
  }

  /**
   * The item's REST id for Graph. A new meeting is saved first: Outlook sends no invitation
   * when it saves a meeting that was never saved (only updates to existing ones), and an
   * existing meeting is never saved here.
   */
  private async restId(record: ItemRecord): Promise<string> {
    if (record.ewsId === null) {
      if (!this.isOpen(record) || record.mode !== 'compose') throw new MeetingClosedError();
      const item = record.item as Office.AppointmentCompose;
      record.ewsId = await officeCall<string>(SAVING, (done) => item.saveAsync(done));
    }
    return toRestId(record.ewsId);
  }

  private seriesRestId(record: ItemRecord): string {
    if (record.seriesEwsId !== null) return toRestId(record.seriesEwsId);
    if (record.ewsId !== null) return toRestId(record.ewsId);
    throw new MeetingClosedError();
  }

  private async saveOverride(item: AppointmentItem, quadrant: Quadrant | null): Promise<void> {
    const properties = await loadCustomProperties(item);
    if (overrideOf(properties) === quadrant) return;
    if (quadrant === null) properties.remove(QUADRANT_OVERRIDE_PROPERTY);
    else properties.set(QUADRANT_OVERRIDE_PROPERTY, quadrant);
    await officeCall<void>(TAGGING, (done) => properties.saveAsync(done));
  }

  /** Saves the override on the open item; false when the user opened another item meanwhile. */
  private async overrideThroughOffice(
    record: ItemRecord,
    quadrant: Quadrant | null,
  ): Promise<boolean> {
    try {
      await this.saveOverride(record.item, quadrant);
      return true;
    } catch (error) {
      const unsaved =
        error instanceof OfficeCallError &&
        error.officeName === 'CannotPersistPropertyInUnsavedDraftError';
      if (unsaved && record.ewsId === null) {
        // A new meeting keeps custom properties once saved, which sends no invitation.
        await this.restId(record);
        await this.saveOverride(record.item, quadrant);
        return true;
      }
      // The user opened another item meanwhile: write to this one through Graph.
      if (isItemChange(error)) return false;
      throw error;
    }
  }

  private async writeOverride(record: ItemRecord, quadrant: Quadrant | null): Promise<void> {
    if (this.isOpen(record)) {
      const done = await this.overrideThroughOffice(record, quadrant);
      // Classic Outlook on Windows holds it on the form: the mailbox gets it through Graph too.
      if (done && !this.heldOnForm(record)) return;
    }
    if (record.ewsId === null) throw new MeetingClosedError();
    if (record.shared) throw new SharedCalendarError();
    const graph = await this.deps.taggingGraph();
    try {
      await this.deps.setQuadrantOverride(graph, toRestId(record.ewsId), quadrant);
    } catch (error) {
      if (error instanceof GraphNotFoundError && record.mode === 'compose') {
        throw new MeetingNotSyncedError();
      }
      throw error;
    }
  }
}

function isItemChange(error: unknown): boolean {
  return error instanceof OfficeCallError && error.officeName === 'APICallFailedDueToItemChange';
}
