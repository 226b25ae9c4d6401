import { QUADRANT_OVERRIDE_PROPERTY } from '../../core/addin';
import { isQuadrant } from '../../core/catalog';
import type { Quadrant } from '../../core/catalog';
import type { CurrentMeeting } from '../current-meeting';
import { OfficeCallError, officeCall } from './office-errors';

export type AppointmentItem = Office.AppointmentRead | Office.AppointmentCompose;

/** What the adapter keeps of an item it read, to write to that item and no other. */
export interface ItemRecord {
  readonly item: AppointmentItem;
  readonly mode: 'read' | 'compose';
  /** The EWS id; null for a new meeting Outlook has not saved yet. */
  ewsId: string | null;
  readonly seriesEwsId: string | null;
  /** In another person's calendar (shared or delegate), which Graph's `/me` cannot reach. */
  readonly shared: boolean;
}

const READING = { fr: 'la lecture de la réunion', en: 'reading the meeting' };

/**
 * Graph takes the REST form of an item id; Outlook hands out the EWS form. Outlook before
 * Mailbox 1.3 cannot convert: the EWS id is kept, which only stops the suggestions from
 * recognising the meeting among Graph's (writing through Graph needs 1.8 anyway).
 */
export function toRestId(ewsId: string): string {
  if (!Office.context.requirements.isSetSupported('Mailbox', '1.3')) return ewsId;
  return Office.context.mailbox.convertToRestId(ewsId, Office.MailboxEnums.RestVersion.v2_0);
}

export function isReadMode(item: AppointmentItem): item is Office.AppointmentRead {
  return typeof item.subject === 'string';
}

function address(details: { emailAddress?: string } | null | undefined): string | null {
  const email = details?.emailAddress?.trim().toLowerCase() ?? '';
  return email === '' ? null : email;
}

/** The quadrant override stored in the item's custom properties, if any (SPEC §4.6). */
export async function loadCustomProperties(
  item: AppointmentItem,
): Promise<Office.CustomProperties> {
  return officeCall<Office.CustomProperties>(READING, (done) =>
    item.loadCustomPropertiesAsync(done),
  );
}

export function overrideOf(properties: Office.CustomProperties): Quadrant | null {
  const value: unknown = properties.get(QUADRANT_OVERRIDE_PROPERTY);
  return isQuadrant(value) ? value : null;
}

/**
 * The item's shared-folder properties; Outlook answers an error for an item outside a shared
 * folder, and has no such call before Mailbox 1.8 (then null, without asking).
 */
export function loadSharedProperties(
  item: AppointmentItem,
): Promise<Office.SharedProperties> | null {
  if (typeof item.getSharedPropertiesAsync !== 'function') return null;
  return officeCall<Office.SharedProperties>(READING, (done) =>
    item.getSharedPropertiesAsync(done),
  );
}

/** Whether the item is in a shared or delegate calendar, and then whether the user may edit it. */
async function sharing(item: AppointmentItem): Promise<{ shared: boolean; readOnly: boolean }> {
  const asked = loadSharedProperties(item);
  if (asked === null) return { shared: false, readOnly: false };
  try {
    const shared = await asked;
    const edit =
      Office.MailboxEnums.DelegatePermissions.Write |
      Office.MailboxEnums.DelegatePermissions.EditAll;
    return { shared: true, readOnly: (shared.delegatePermissions & edit) === 0 };
  } catch (error) {
    // Not in a shared folder: Outlook has no shared properties to give.
    if (error instanceof OfficeCallError) return { shared: false, readOnly: false };
    throw error;
  }
}

/**
 * The item's category names. "If there are no categories on the item, `null` or an empty array
 * will be returned depending on the Outlook version" (Office.Categories.getAsync,
 * node_modules/@types/office-js): both read as none.
 */
export async function itemCategories(
  item: AppointmentItem,
  action: { fr: string; en: string },
): Promise<string[]> {
  const details = await officeCall<Office.CategoryDetails[] | null>(action, (done) =>
    item.categories.getAsync(done),
  );
  return (details ?? []).map((category) => category.displayName);
}

/** Whether Outlook answers null (rather than an empty array) for an item with no category. */
export async function categoriesReadAsNull(item: AppointmentItem): Promise<boolean> {
  const details = await officeCall<Office.CategoryDetails[] | null>(READING, (done) =>
    item.categories.getAsync(done),
  );
  return details === null;
}

async function categoriesOf(item: AppointmentItem): Promise<string[]> {
  if (!Office.context.requirements.isSetSupported('Mailbox', '1.8')) return [];
  try {
    return await itemCategories(item, READING);
  } catch (error) {
    // Outlook on the web does not read categories in compose mode; the pane shows none.
    if (error instanceof OfficeCallError) return [];
    throw error;
  }
}

interface ComposeFacts {
  subject: string;
  start: Date | null;
  end: Date | null;
  organizer: string | null;
  attendeeCount: number;
  ewsId: string | null;
  isSeries: boolean;
}

async function composeFacts(item: Office.AppointmentCompose): Promise<ComposeFacts> {
  const get = <T>(start: (done: (result: Office.AsyncResult<T>) => void) => void) =>
    officeCall<T>(READING, start);
  const [subject, start, end, required, optional] = await Promise.all([
    get<string>((done) => item.subject.getAsync(done)),
    get<Date>((done) => item.start.getAsync(done)),
    get<Date>((done) => item.end.getAsync(done)),
    get<Office.EmailAddressDetails[]>((done) => item.requiredAttendees.getAsync(done)),
    get<Office.EmailAddressDetails[]>((done) => item.optionalAttendees.getAsync(done)),
  ]);
  const organizer = Office.context.requirements.isSetSupported('Mailbox', '1.7')
    ? address(await get<Office.EmailAddressDetails>((done) => item.organizer.getAsync(done)))
    : address(Office.context.mailbox.userProfile);
  const recurrence = Office.context.requirements.isSetSupported('Mailbox', '1.7')
    ? await get<Office.Recurrence | null>((done) => item.recurrence.getAsync(done))
    : null;
  let ewsId: string | null = null;
  if (Office.context.requirements.isSetSupported('Mailbox', '1.8')) {
    try {
      ewsId = await get<string>((done) => item.getItemIdAsync(done));
    } catch (error) {
      if (!(error instanceof OfficeCallError && error.officeName === 'ItemNotSaved')) throw error;
    }
  }
  return {
    subject,
    start,
    end,
    organizer,
    // Attendee lists are arrays in the reference; an empty form is read defensively alike.
    attendeeCount: (required ?? []).length + (optional ?? []).length,
    ewsId,
    isSeries: recurrence !== null && item.seriesId === null,
  };
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** Read mode has no all-day flag: an all-day event runs from local midnight to local midnight. */
function spansWholeDays(start: Date, end: Date): boolean {
  const midnight = (date: Date) =>
    date.getHours() === 0 && date.getMinutes() === 0 && date.getSeconds() === 0;
  return midnight(start) && midnight(end) && end.getTime() - start.getTime() >= DAY_MS - 3600_000;
}

function userAddress(): string | null {
  return address(Office.context.mailbox.userProfile);
}

/**
 * Reads the appointment open in Outlook as the taskpane shows it, and what the adapter must
 * remember to write to this very item later.
 */
export async function readAppointment(
  item: AppointmentItem,
  key: (ewsId: string | null) => string,
): Promise<{ meeting: CurrentMeeting; record: ItemRecord }> {
  const [categories, properties, { shared, readOnly }] = await Promise.all([
    categoriesOf(item),
    loadCustomProperties(item),
    sharing(item),
  ]);
  const seriesEwsId = item.seriesId === '' ? null : (item.seriesId ?? null);
  const common = {
    categories,
    quadrantOverride: overrideOf(properties),
    readOnly,
    seriesId: seriesEwsId === null ? null : toRestId(seriesEwsId),
  };
  if (isReadMode(item)) {
    const organizer = address(item.organizer);
    const record: ItemRecord = { item, mode: 'read', ewsId: item.itemId, seriesEwsId, shared };
    const meeting: CurrentMeeting = {
      ...common,
      key: key(item.itemId),
      eventId: toRestId(item.itemId),
      subject: item.subject,
      start: item.start,
      end: item.end,
      isAllDay: spansWholeDays(item.start, item.end),
      organizer,
      attendeeCount: item.requiredAttendees.length + item.optionalAttendees.length,
      role: organizer !== null && organizer === userAddress() ? 'organizer' : 'attendee',
      isNew: false,
      recurrence: seriesEwsId !== null ? 'occurrence' : item.recurrence ? 'series' : 'single',
      isPrivate: item.sensitivity === Office.MailboxEnums.AppointmentSensitivityType.Private,
    };
    return { meeting, record };
  }
  const facts = await composeFacts(item);
  const record: ItemRecord = {
    item,
    mode: 'compose',
    ewsId: facts.ewsId,
    seriesEwsId,
    shared,
  };
  const meeting: CurrentMeeting = {
    ...common,
    key: key(facts.ewsId),
    eventId: facts.ewsId === null ? null : toRestId(facts.ewsId),
    subject: facts.subject,
    start: facts.start,
    end: facts.end,
    isAllDay: false,
    organizer: facts.organizer,
    attendeeCount: facts.attendeeCount,
    role: 'organizer',
    isNew: facts.ewsId === null,
    recurrence: seriesEwsId !== null ? 'occurrence' : facts.isSeries ? 'series' : 'single',
    isPrivate: false,
  };
  return { meeting, record };
}
