import { OfficeMockObject } from 'office-addin-mock';

/** An Outlook error as Office.js reports it in `asyncResult.error`. */
export interface OutlookFailure {
  name: string;
  code: number;
}

type Callback<T> = (result: { status: string; value: T; error: OutlookFailure }) => void;

/** What a fake appointment holds, as Exchange would store it. */
export interface FakeAppointmentState {
  subject: string;
  start: Date;
  end: Date;
  organizer: string;
  attendees: string[];
  categories: string[];
  customProperties: Record<string, unknown>;
  /** Null until saved: a new meeting. */
  ewsId: string | null;
  seriesId: string | null;
  isSeriesMaster: boolean;
  /** Delegate permissions when the item lives in a shared calendar. */
  sharedPermissions: number | null;
  /** Invitations sent to attendees (saving an existing meeting sends updates). */
  updatesSent: number;
  saves: number;
  /** The next call of these methods fails with this error (then the fault is gone). */
  faults: Map<string, OutlookFailure>;
}

/**
 * How one Outlook client and version behaves where the API reference leaves it to the client
 * (remarks in node_modules/@types/office-js/index.d.ts).
 */
export interface ClientProfile {
  /**
   * `categories.getAsync` on an item with no category: "`null` or an empty array will be
   * returned depending on the Outlook version" (Office.Categories.getAsync).
   */
  readonly noCategories: null | 'empty-array';
  /**
   * Classic Outlook on Windows in compose mode: "custom properties saved while in compose mode
   * only persist after the item being composed is closed or after
   * `Office.context.mailbox.item.saveAsync` is called" (Office.CustomProperties.saveAsync).
   * Categories set on the form are taken to behave alike: both stay on the open form
   * ({@link FakeOutlook.draft}) until the item is saved.
   */
  readonly composeWritesOnSave: boolean;
}

export const PROFILES = {
  /** Outlook on the web, the new Outlook, Mac: writes reach the mailbox at once. */
  web: { noCategories: 'empty-array', composeWritesOnSave: false },
  /** Classic Outlook on Windows, Microsoft 365 (current channel). */
  classicWindows: { noCategories: 'empty-array', composeWritesOnSave: true },
  /** Classic Outlook on Windows, an older volume-licensed build that answers null. */
  classicWindowsNullCategories: { noCategories: null, composeWritesOnSave: true },
} satisfies Record<string, ClientProfile>;

export const DELEGATE = { Read: 1, Write: 2, DeleteOwn: 4, DeleteAll: 8, EditOwn: 16, EditAll: 32 };

export interface FakeOutlook {
  readonly office: unknown;
  readonly masterCategories: string[];
  /** Opens an appointment in the pane, as Outlook does when the user selects it. */
  open(state: FakeAppointmentState, mode: 'read' | 'compose'): void;
  /** Runs when any Office.js call of the open item starts, e.g. to switch items mid-write. */
  beforeCall: ((method: string) => void) | null;
  readonly itemChangedHandlers: (() => void)[];
  /** Custom properties saved through Office.js end up here, keyed by EWS id. */
  onCustomPropertiesSaved: ((state: FakeAppointmentState) => void) | null;
  /**
   * What the open compose form holds that the mailbox does not have yet (profiles with
   * `composeWritesOnSave`); null when nothing is pending. Saving the item writes it.
   */
  readonly draft: { categories: string[]; customProperties: Record<string, unknown> } | null;
  /** The user closes the compose form and answers "Don't save": the draft is lost. */
  closeWithoutSaving(): void;
}

export function appointment(overrides: Partial<FakeAppointmentState> = {}): FakeAppointmentState {
  return {
    subject: 'Revue stratégie marketing',
    start: new Date('2026-11-17T09:00:00Z'),
    end: new Date('2026-11-17T10:00:00Z'),
    organizer: 'me@contoso.com',
    attendees: ['ana@contoso.com', 'bob@contoso.com'],
    categories: [],
    customProperties: {},
    ewsId: 'EWS-1',
    seriesId: null,
    isSeriesMaster: false,
    sharedPermissions: null,
    updatesSent: 0,
    saves: 0,
    faults: new Map(),
    ...overrides,
  };
}

const ok = <T>(value: T) => ({ status: 'succeeded', value, error: { name: '', code: 0 } });
const failed = (error: OutlookFailure) => ({ status: 'failed', value: undefined, error });
const details = (email: string) => ({ emailAddress: email, displayName: email });

/**
 * Office.js in Outlook as far as the adapter uses it, on `office-addin-mock`: the mailbox, the
 * open appointment in read or compose mode, categories checked against the master list,
 * custom properties, saving, shared-folder permissions and injected Outlook errors.
 */
export function fakeOutlook(options: {
  hostName: 'Outlook' | 'OutlookWebApp' | 'newOutlookWindows';
  mailboxVersion?: string;
  masterCategories?: string[];
  /** Defaults to what the host name suggests: classic Windows for `Outlook`, else the web. */
  profile?: ClientProfile;
}): FakeOutlook {
  const supported = options.mailboxVersion ?? '1.13';
  const profile =
    options.profile ?? (options.hostName === 'Outlook' ? PROFILES.classicWindows : PROFILES.web);
  const masterCategories = [...(options.masterCategories ?? [])];
  const fake: FakeOutlook = {
    office: undefined,
    masterCategories,
    open: () => undefined,
    beforeCall: null,
    itemChangedHandlers: [],
    onCustomPropertiesSaved: null,
    draft: null,
    closeWithoutSaving: () => undefined,
  };
  const version = (text: string) => text.split('.').map(Number);
  const atMost = (wanted: string) => {
    const [a, b] = version(wanted);
    const [c, d] = version(supported);
    return a < c || (a === c && b <= d);
  };

  const mock = new OfficeMockObject({
    host: 'outlook',
    AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
    EventType: { ItemChanged: 'olkItemSelectedChanged' },
    MailboxEnums: {
      ItemType: { Appointment: 'appointment', Message: 'message' },
      DelegatePermissions: DELEGATE,
      RestVersion: { v2_0: 'v2.0' },
      AppointmentSensitivityType: { Normal: 'normal', Private: 'private' },
    },
    context: {
      requirements: {
        isSetSupported: (name: string, wanted: string) => name === 'Mailbox' && atMost(wanted),
      },
      mailbox: {
        diagnostics: { hostName: options.hostName },
        userProfile: { emailAddress: 'me@contoso.com', displayName: 'Me' },
        convertToRestId: (id: string) => `rest:${id}`,
        addHandlerAsync: (_type: string, handler: () => void) => {
          fake.itemChangedHandlers.push(handler);
        },
        removeHandlerAsync: () => {
          fake.itemChangedHandlers.length = 0;
        },
      },
    },
  }) as unknown as { context: { mailbox: Record<string, unknown> } };

  fake.open = (state, mode) => {
    // The open form's own copy, when this client keeps compose writes until the save.
    const onForm = mode === 'compose' && profile.composeWritesOnSave;
    const form = {
      categories: [...state.categories],
      customProperties: { ...state.customProperties },
    };
    const pending = () => {
      const same =
        JSON.stringify(form.categories) === JSON.stringify(state.categories) &&
        JSON.stringify(form.customProperties) === JSON.stringify(state.customProperties);
      (fake as { draft: FakeOutlook['draft'] }).draft = same
        ? null
        : { categories: [...form.categories], customProperties: { ...form.customProperties } };
    };
    /** The categories the item shows: the form's while composing on such a client. */
    const shown = () => (onForm ? form.categories : state.categories);
    const setShown = (categories: string[]) => {
      if (onForm) {
        form.categories = categories;
        pending();
      } else state.categories = categories;
    };
    fake.closeWithoutSaving = () => {
      (fake as { draft: FakeOutlook['draft'] }).draft = null;
      form.categories = [...state.categories];
      form.customProperties = { ...state.customProperties };
    };
    const call = <T>(method: string, callback: Callback<T>, run: () => T) => {
      fake.beforeCall?.(method);
      const fault = state.faults.get(method);
      if (fault !== undefined) {
        state.faults.delete(method);
        callback(failed(fault) as never);
        return;
      }
      const result = run();
      callback(ok(result));
    };
    const last = <T>(args: unknown[]) => args[args.length - 1] as Callback<T>;
    const categories = {
      getAsync: (...args: unknown[]) =>
        call('categories.getAsync', last(args), () =>
          shown().length === 0 && profile.noCategories === null
            ? null
            : shown().map((name) => ({ displayName: name, color: 'preset0' })),
        ),
      addAsync: (names: string[], ...args: unknown[]) => {
        const unknown = names.some((name) => !masterCategories.includes(name));
        if (unknown) {
          last(args)(failed({ name: 'InvalidCategory', code: 9044 }) as never);
          return;
        }
        call('categories.addAsync', last(args), () => {
          setShown([...shown(), ...names.filter((name) => !shown().includes(name))]);
        });
      },
      removeAsync: (names: string[], ...args: unknown[]) =>
        call('categories.removeAsync', last(args), () => {
          setShown(shown().filter((name) => !names.includes(name)));
        }),
    };
    const customProperties = () => {
      const values = { ...(onForm ? form.customProperties : state.customProperties) };
      return {
        get: (name: string) => values[name],
        set: (name: string, value: unknown) => {
          values[name] = value;
        },
        remove: (name: string) => {
          delete values[name];
        },
        getAll: () => ({ ...values }),
        saveAsync: (...args: unknown[]) => {
          const callback = last<void>(args);
          if (state.ewsId === null) {
            callback(
              failed({ name: 'CannotPersistPropertyInUnsavedDraftError', code: 9028 }) as never,
            );
            return;
          }
          call('customProperties.saveAsync', callback, () => {
            if (onForm) {
              form.customProperties = { ...values };
              pending();
              return;
            }
            state.customProperties = { ...values };
            fake.onCustomPropertiesSaved?.(state);
          });
        },
      };
    };
    const common = {
      itemType: 'appointment',
      categories,
      loadCustomPropertiesAsync: (...args: unknown[]) =>
        call('loadCustomPropertiesAsync', last(args), customProperties),
      getSharedPropertiesAsync: (...args: unknown[]) => {
        const callback = last<unknown>(args);
        if (state.sharedPermissions === null) {
          // Not in a shared folder: the call starts all the same, and answers an error.
          fake.beforeCall?.('getSharedPropertiesAsync');
          callback(failed({ name: 'GenericResponseError', code: 9020 }) as never);
        } else {
          call('getSharedPropertiesAsync', callback, () => ({
            owner: 'boss@contoso.com',
            delegatePermissions: state.sharedPermissions,
          }));
        }
      },
    };
    const getter = <T>(method: string, value: () => T) => ({
      getAsync: (...args: unknown[]) => call(method, last<T>(args), value),
    });
    const item =
      mode === 'read'
        ? {
            ...common,
            subject: state.subject,
            start: state.start,
            end: state.end,
            organizer: details(state.organizer),
            requiredAttendees: state.attendees.map(details),
            optionalAttendees: [],
            itemId: state.ewsId ?? '',
            recurrence: state.isSeriesMaster ? { recurrenceType: 'weekly' } : undefined,
            sensitivity: 'normal',
          }
        : {
            ...common,
            subject: getter('subject.getAsync', () => state.subject),
            start: getter('start.getAsync', () => state.start),
            end: getter('end.getAsync', () => state.end),
            organizer: getter('organizer.getAsync', () => details(state.organizer)),
            requiredAttendees: getter('requiredAttendees.getAsync', () =>
              state.attendees.map(details),
            ),
            optionalAttendees: getter('optionalAttendees.getAsync', () => []),
            recurrence: getter('recurrence.getAsync', () =>
              state.isSeriesMaster ? { recurrenceType: 'weekly' } : null,
            ),
            getItemIdAsync: (...args: unknown[]) => {
              const callback = last<string>(args);
              if (state.ewsId === null)
                callback(failed({ name: 'ItemNotSaved', code: 9046 }) as never);
              else call('getItemIdAsync', callback, () => state.ewsId as string);
            },
            saveAsync: (...args: unknown[]) =>
              call('saveAsync', last(args), () => {
                // Outlook sends no invitation for a meeting saved the first time, updates after.
                if (state.ewsId !== null) state.updatesSent += 1;
                state.ewsId ??= `EWS-new-${state.subject.length}`;
                state.saves += 1;
                if (onForm) {
                  state.categories = [...form.categories];
                  state.customProperties = { ...form.customProperties };
                  pending();
                  fake.onCustomPropertiesSaved?.(state);
                }
                return state.ewsId;
              }),
          };
    const mockItem = new OfficeMockObject({ host: 'outlook', ...item }) as unknown as Record<
      string,
      unknown
    >;
    // office-addin-mock cannot hold null values; Outlook gives null for "not a series".
    mockItem.seriesId = state.seriesId;
    mock.context.mailbox.item = mockItem;
  };
  (fake as { office: unknown }).office = mock;
  return fake;
}

/** Makes `fake` the global `Office` the adapter calls. */
export function install(fake: FakeOutlook): void {
  (globalThis as { Office?: unknown }).Office = fake.office;
}
