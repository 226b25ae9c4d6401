import { createHash, randomUUID } from 'node:crypto';
import { DateTime } from 'luxon';
import type {
  EventData,
  EventInput,
  EventInstance,
  PatternedRecurrence,
  Person,
} from './event-types';
import {
  dateOf,
  formatGraphDateTime,
  formatUtcInstant,
  instantOf,
  midnightOf,
  requireZone,
} from './graph-time';
import { occurrenceEventId, parseEventId, storedEventId } from './ids';
import { occurrenceDates } from './recurrence';

/** An Outlook category of the mailbox's master list. */
export interface OutlookCategory {
  id: string;
  displayName: string;
  color: string;
}

export interface MailboxOwner {
  id: string;
  displayName: string;
  mail: string;
}

interface StoredItem {
  id: string;
  kind: 'single' | 'master' | 'exception';
  data: EventData;
  recurrence: PatternedRecurrence | null;
  masterId: string | null;
  occurrenceDate: string | null;
  originalStartMs: number | null;
  /** For a series master: dates of deleted occurrences, and exceptions by date. */
  deletedDates: Set<string>;
  exceptions: Map<string, string>;
  version: number;
  createdMs: number;
  modifiedMs: number;
  iCalUId: string;
}

const NO_RESPONSE_TIME = '0001-01-01T00:00:00Z';

function iCalUIdFor(id: string): string {
  return `040000008200E00074C5B7101A82E008${createHash('sha256').update(id).digest('hex').slice(0, 48).toUpperCase()}`;
}

/** The signed-in user's calendar, time zone and categories. */
/**
 * What writing one occurrence of a series does to the etags of the others. Exchange stores an
 * exception inside its series master, so the master changes; whether Graph then gives the
 * series' other occurrences a new changeKey is not documented, so the emulator has both:
 * `own` (default: each occurrence's etag moves only when it is written) and `series` (writing
 * one occurrence moves the etag of the master and of every occurrence not yet modified).
 */
export type OccurrenceEtags = 'own' | 'series';

export class Mailbox {
  private readonly items = new Map<string, StoredItem>();
  occurrenceEtags: OccurrenceEtags = 'own';
  private sequence = 0;
  private zoneName: string;
  private readonly categoryList: OutlookCategory[] = [];
  /** Creation instants are fixed at this clock so seeded data does not depend on today. */
  private clockMs: number;

  constructor(
    readonly owner: MailboxOwner,
    timeZone = 'Romance Standard Time',
    clock: Date = new Date(),
  ) {
    this.zoneName = timeZone;
    requireZone(timeZone);
    this.clockMs = clock.getTime();
  }

  /** The mailbox zone as Exchange names it (a Windows name by default). */
  get timeZone(): string {
    return this.zoneName;
  }

  get ianaTimeZone(): string {
    return requireZone(this.zoneName);
  }

  setTimeZone(name: string): void {
    requireZone(name);
    this.zoneName = name;
  }

  categories(): readonly OutlookCategory[] {
    return this.categoryList.map((category) => ({ ...category }));
  }

  findCategory(displayName: string): OutlookCategory | undefined {
    const wanted = displayName.trim().toLowerCase();
    return this.categoryList.find(
      (category) => category.displayName.trim().toLowerCase() === wanted,
    );
  }

  /** Adds a category; `undefined` when one with that name exists (Graph answers 409). */
  addCategory(displayName: string, color = 'preset0'): OutlookCategory | undefined {
    if (this.findCategory(displayName)) return undefined;
    const category = { id: randomUUID(), displayName, color };
    this.categoryList.push(category);
    return { ...category };
  }

  private tick(): number {
    this.clockMs += 1000;
    return this.clockMs;
  }

  private toData(input: EventInput): EventData {
    const organizer: Person = input.organizer ?? {
      name: this.owner.displayName,
      address: this.owner.mail,
    };
    const ownerOrganizes = organizer.address.toLowerCase() === this.owner.mail.toLowerCase();
    const response = input.response ?? (ownerOrganizes ? 'organizer' : 'accepted');
    return {
      subject: input.subject,
      start: { ...input.start },
      end: { ...input.end },
      isAllDay: input.isAllDay ?? false,
      isCancelled: input.isCancelled ?? false,
      showAs: input.showAs ?? 'busy',
      sensitivity: input.sensitivity ?? 'normal',
      importance: input.importance ?? 'normal',
      categories: [...(input.categories ?? [])],
      response,
      responseTime:
        response === 'organizer' || response === 'none' || response === 'notResponded'
          ? NO_RESPONSE_TIME
          : formatUtcInstant(this.clockMs).replace(/\.\d+Z$/, 'Z'),
      organizer: { ...organizer },
      attendees: (input.attendees ?? []).map((attendee) => ({
        name: attendee.name,
        address: attendee.address,
        type: attendee.type ?? 'required',
        response: attendee.response ?? 'none',
      })),
      location: input.location ?? '',
      body: input.body ?? '',
      singleValueExtendedProperties: (input.singleValueExtendedProperties ?? []).map((p) => ({
        ...p,
      })),
    };
  }

  private validateTimes(data: EventData): void {
    const start = data.isAllDay ? midnightOf(dateOf(data.start), 'UTC') : instantOf(data.start);
    const end = data.isAllDay ? midnightOf(dateOf(data.end), 'UTC') : instantOf(data.end);
    if (end < start) throw new Error(`event "${data.subject}" ends before it starts`);
  }

  /** Adds a single event, or a series master when `recurrence` is given. Returns its id. */
  addEvent(input: EventInput): string {
    const data = this.toData(input);
    this.validateTimes(data);
    this.sequence += 1;
    const id = storedEventId(this.sequence);
    const now = this.tick();
    this.items.set(id, {
      id,
      kind: input.recurrence ? 'master' : 'single',
      data,
      recurrence: input.recurrence ?? null,
      masterId: null,
      occurrenceDate: null,
      originalStartMs: null,
      deletedDates: new Set(),
      exceptions: new Map(),
      version: 1,
      createdMs: now,
      modifiedMs: now,
      iCalUId: iCalUIdFor(id),
    });
    return id;
  }

  private master(masterId: string): StoredItem {
    const master = this.items.get(masterId);
    if (master?.kind !== 'master') throw new Error(`no series master with id ${masterId}`);
    return master;
  }

  occurrenceId(masterId: string, date: string): string {
    this.master(masterId);
    return occurrenceEventId(masterId, date);
  }

  /** Turns the occurrence of `date` into an exception with `changes`; returns its id. */
  addException(masterId: string, date: string, changes: Partial<EventInput>): string {
    const occurrence = this.occurrence(this.master(masterId), date);
    if (!occurrence) throw new Error(`series ${masterId} has no occurrence on ${date}`);
    const data = this.toData({ ...occurrence.data, ...changes });
    this.validateTimes(data);
    return this.storeException(occurrence, data);
  }

  private storeException(occurrence: EventInstance, data: EventData): string {
    const master = this.master(occurrence.seriesMasterId ?? '');
    const date = occurrence.occurrenceDate ?? '';
    const now = this.tick();
    this.items.set(occurrence.id, {
      id: occurrence.id,
      kind: 'exception',
      data,
      recurrence: null,
      masterId: master.id,
      occurrenceDate: date,
      originalStartMs: occurrence.originalStartMs,
      deletedDates: new Set(),
      exceptions: new Map(),
      version: 1,
      createdMs: now,
      modifiedMs: now,
      iCalUId: master.iCalUId,
    });
    master.exceptions.set(date, occurrence.id);
    if (this.occurrenceEtags === 'series') master.version += 1;
    return occurrence.id;
  }

  /** Deletes one occurrence of a series: it no longer appears in any calendar view. */
  deleteOccurrence(masterId: string, date: string): void {
    const master = this.master(masterId);
    master.deletedDates.add(date);
    const exceptionId = master.exceptions.get(date);
    if (exceptionId !== undefined) this.items.delete(exceptionId);
    master.exceptions.delete(date);
  }

  private seriesZone(master: StoredItem): string {
    return requireZone(master.recurrence?.range.recurrenceTimeZone ?? master.data.start.timeZone);
  }

  private span(data: EventData): { startMs: number; endMs: number } {
    if (data.isAllDay) {
      const zone = this.ianaTimeZone;
      return {
        startMs: midnightOf(dateOf(data.start), zone),
        endMs: midnightOf(dateOf(data.end), zone),
      };
    }
    return { startMs: instantOf(data.start), endMs: instantOf(data.end) };
  }

  private instanceOf(item: StoredItem): EventInstance {
    return {
      id: item.id,
      type:
        item.kind === 'single'
          ? 'singleInstance'
          : item.kind === 'master'
            ? 'seriesMaster'
            : 'exception',
      seriesMasterId: item.masterId,
      data: item.data,
      recurrence: item.recurrence,
      ...this.span(item.data),
      originalStartMs: item.originalStartMs,
      occurrenceDate: item.occurrenceDate,
      version: item.version,
      createdDateTime: formatUtcInstant(item.createdMs),
      lastModifiedDateTime: formatUtcInstant(item.modifiedMs),
      iCalUId: item.iCalUId,
    };
  }

  /** The occurrence of `date` computed from its series, ignoring exceptions and deletions. */
  private occurrence(master: StoredItem, date: string): EventInstance | undefined {
    const recurrence = master.recurrence;
    if (!recurrence || !occurrenceDates(recurrence, date).includes(date)) return undefined;
    return this.occurrenceOn(master, date);
  }

  /** The occurrence of a date known to be in the series. */
  private occurrenceOn(master: StoredItem, date: string): EventInstance {
    const data = master.data;
    let start = data.start;
    let end = data.end;
    if (data.isAllDay) {
      const days = DateTime.fromISO(dateOf(data.end)).diff(
        DateTime.fromISO(dateOf(data.start)),
        'days',
      ).days;
      const endDate = DateTime.fromISO(date).plus({ days }).toISODate() ?? date;
      start = { dateTime: `${date}T00:00:00.0000000`, timeZone: data.start.timeZone };
      end = { dateTime: `${endDate}T00:00:00.0000000`, timeZone: data.end.timeZone };
    } else {
      const seriesZone = this.seriesZone(master);
      const masterStart = DateTime.fromMillis(instantOf(data.start), { zone: seriesZone });
      const startMs = DateTime.fromISO(date, { zone: seriesZone })
        .set({ hour: masterStart.hour, minute: masterStart.minute, second: masterStart.second })
        .toMillis();
      const endMs = startMs + (instantOf(data.end) - instantOf(data.start));
      start = {
        dateTime: formatGraphDateTime(startMs, requireZone(data.start.timeZone)),
        timeZone: data.start.timeZone,
      };
      end = {
        dateTime: formatGraphDateTime(endMs, requireZone(data.end.timeZone)),
        timeZone: data.end.timeZone,
      };
    }
    const occurrenceData: EventData = { ...data, start, end };
    const span = this.span(occurrenceData);
    return {
      id: occurrenceEventId(master.id, date),
      type: 'occurrence',
      seriesMasterId: master.id,
      data: occurrenceData,
      recurrence: null,
      ...span,
      originalStartMs: span.startMs,
      occurrenceDate: date,
      version: master.version,
      createdDateTime: formatUtcInstant(master.createdMs),
      lastModifiedDateTime: formatUtcInstant(master.modifiedMs),
      iCalUId: master.iCalUId,
    };
  }

  /** Any event by id: single, series master, exception, or an occurrence not yet modified. */
  find(id: string): EventInstance | undefined {
    const item = this.items.get(id);
    if (item) return this.instanceOf(item);
    const parsed = parseEventId(id);
    if (parsed?.kind !== 'occurrence') return undefined;
    const master = this.items.get(parsed.masterId);
    if (master?.kind !== 'master' || master.deletedDates.has(parsed.date)) return undefined;
    return this.occurrence(master, parsed.date);
  }

  /** Stored items (singles, series masters, exceptions), in creation order. */
  storedEvents(): EventInstance[] {
    return [...this.items.values()].map((item) => this.instanceOf(item));
  }

  /** Single events, occurrences and exceptions overlapping [startMs, endMs), sorted by start. */
  instancesBetween(startMs: number, endMs: number): EventInstance[] {
    const overlaps = (instance: EventInstance): boolean =>
      instance.startMs === instance.endMs
        ? instance.startMs >= startMs && instance.startMs < endMs
        : instance.startMs < endMs && instance.endMs > startMs;
    const found: EventInstance[] = [];
    for (const item of this.items.values()) {
      if (item.kind !== 'master') {
        const instance = this.instanceOf(item);
        if (overlaps(instance)) found.push(instance);
        continue;
      }
      const lastDate =
        DateTime.fromMillis(endMs, { zone: this.seriesZone(item) }).toISODate() ?? '';
      for (const date of occurrenceDates(item.recurrence as PatternedRecurrence, lastDate)) {
        if (item.deletedDates.has(date) || item.exceptions.has(date)) continue;
        const occurrence = this.occurrenceOn(item, date);
        if (overlaps(occurrence)) found.push(occurrence);
      }
    }
    return found.sort(
      (a, b) =>
        a.startMs - b.startMs || a.endMs - b.endMs || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
    );
  }

  /**
   * Replaces an event's data (a PATCH). Patching an occurrence turns it into an exception,
   * as in Exchange. Returns the updated event, or `undefined` for an unknown id.
   */
  update(id: string, change: (data: EventData) => EventData): EventInstance | undefined {
    const current = this.find(id);
    if (!current) return undefined;
    const data = change(structuredClone(current.data));
    this.validateTimes(data);
    if (current.type === 'occurrence') {
      this.storeException(current, data);
      return this.find(id);
    }
    const item = this.items.get(id) as StoredItem;
    item.data = data;
    item.version += 1;
    if (item.kind === 'exception' && this.occurrenceEtags === 'series') {
      this.master(item.masterId ?? '').version += 1;
    }
    item.modifiedMs = this.tick();
    return this.instanceOf(item);
  }
}
