import type { Catalog, Quadrant } from '../../src/core/catalog';
import { DEFAULT_CATALOG } from '../../src/core/catalog';
import type { GraphClient } from '../../src/graph/client';
import { categoriesForTask } from '../../src/core/task-categories';
import type { OutlookMeetingDependencies } from '../../src/office/outlook/outlook-meeting';
import { OutlookMeeting } from '../../src/office/outlook/outlook-meeting';
import type { ClientProfile, FakeAppointmentState, FakeOutlook } from './support/fake-outlook';
import { DELEGATE, PROFILES, appointment, fakeOutlook, install } from './support/fake-outlook';

const ALL_CATEGORIES = DEFAULT_CATALOG.map((task) => task.category);
const category = (code: string) => DEFAULT_CATALOG.find((task) => task.code === code)!.category;

/**
 * Graph as the adapter sees it: events by REST id, written only through these two calls. The
 * open item's event is the mailbox's copy of it (`state`): Graph writes land there.
 */
function fakeGraph(state?: FakeAppointmentState) {
  const events = new Map<string, { categories: string[]; quadrant?: Quadrant | null }>();
  const mailboxCopy = (eventId: string) => {
    if (state === undefined || eventId !== `rest:${state.ewsId}`) return;
    const event = events.get(eventId)!;
    state.categories = [...event.categories];
    if (event.quadrant === null) delete state.customProperties.quadrant;
    else if (event.quadrant !== undefined) state.customProperties.quadrant = event.quadrant;
  };
  const calls: string[] = [];
  let categoriesEnsured = 0;
  const deps: OutlookMeetingDependencies = {
    loadCatalog: async (): Promise<Catalog> => DEFAULT_CATALOG,
    taggingGraph: async () => ({}) as GraphClient,
    ensureCategories: async () => {
      categoriesEnsured += 1;
    },
    setEventTask: async (_graph, catalog, eventId, taskCode) => {
      calls.push(`tag ${eventId} ${taskCode}`);
      const event = events.get(eventId) ?? {
        categories: eventId === `rest:${state?.ewsId}` ? [...state!.categories] : [],
      };
      event.categories = categoriesForTask(event.categories, catalog, taskCode);
      events.set(eventId, event);
      mailboxCopy(eventId);
      return { eventId, status: 'updated', categories: event.categories };
    },
    setQuadrantOverride: async (_graph, eventId, quadrant) => {
      calls.push(`quadrant ${eventId} ${quadrant}`);
      const event = events.get(eventId) ?? {
        categories: eventId === `rest:${state?.ewsId}` ? [...state!.categories] : [],
      };
      event.quadrant = quadrant;
      events.set(eventId, event);
      mailboxCopy(eventId);
    },
  };
  return { deps, events, calls, ensured: () => categoriesEnsured };
}

function setUp(
  hostName: 'Outlook' | 'OutlookWebApp' | 'newOutlookWindows',
  state: FakeAppointmentState,
  mode: 'read' | 'compose',
  options: { mailboxVersion?: string; masterCategories?: string[]; profile?: ClientProfile } = {},
) {
  const outlook: FakeOutlook = fakeOutlook({
    hostName,
    masterCategories: ALL_CATEGORIES,
    ...options,
  });
  install(outlook);
  outlook.open(state, mode);
  const graph = fakeGraph(state);
  return { outlook, graph, adapter: new OutlookMeeting(graph.deps) };
}

describe('reading the open meeting', () => {
  it('shows the organizer their meeting being edited, with its tag and quadrant override', async () => {
    const state = appointment({
      categories: ['Client', category('STRAT')],
      customProperties: { quadrant: 'I+U+' },
    });
    const { adapter } = setUp('Outlook', state, 'compose');

    const meeting = await adapter.read();

    expect(meeting).toMatchObject({
      subject: 'Revue stratégie marketing',
      eventId: 'rest:EWS-1',
      role: 'organizer',
      organizer: 'me@contoso.com',
      attendeeCount: 2,
      isNew: false,
      recurrence: 'single',
      categories: ['Client', category('STRAT')],
      quadrantOverride: 'I+U+',
      readOnly: false,
    });
  });

  it('shows an attendee the meeting someone else organized', async () => {
    const state = appointment({ organizer: 'boss@contoso.com' });
    const { adapter } = setUp('OutlookWebApp', state, 'read');

    expect(await adapter.read()).toMatchObject({
      role: 'attendee',
      organizer: 'boss@contoso.com',
      isNew: false,
    });
  });

  it('tells a new, never-saved meeting apart', async () => {
    const { adapter } = setUp('OutlookWebApp', appointment({ ewsId: null }), 'compose');

    expect(await adapter.read()).toMatchObject({ isNew: true, role: 'organizer', eventId: null });
  });

  it('tells an occurrence from its series', async () => {
    const occurrence = setUp('Outlook', appointment({ seriesId: 'EWS-SERIES' }), 'read');
    // In Graph's REST form: the suggestions compare it with what Graph says of past events.
    expect(await occurrence.adapter.read()).toMatchObject({
      recurrence: 'occurrence',
      seriesId: 'rest:EWS-SERIES',
    });
    const series = setUp('Outlook', appointment({ isSeriesMaster: true }), 'read');
    expect(await series.adapter.read()).toMatchObject({ recurrence: 'series', seriesId: null });
  });

  it('marks a meeting of a shared calendar opened read-only', async () => {
    const state = appointment({ sharedPermissions: DELEGATE.Read });
    const { adapter } = setUp('Outlook', state, 'read');

    expect(await adapter.read()).toMatchObject({ readOnly: true });
  });

  it('is null when the pane is not on an appointment', async () => {
    const { adapter, outlook } = setUp('Outlook', appointment(), 'read');
    const mailbox = (outlook.office as { context: { mailbox: { item: { itemType: string } } } })
      .context.mailbox;
    mailbox.item.itemType = 'message';

    expect(await adapter.read()).toBeNull();
  });
});

// Office.Categories.getAsync (node_modules/@types/office-js): with no category, "null or an
// empty array will be returned depending on the Outlook version".
describe('an Outlook version that answers null for an item without categories', () => {
  const nullCategories = { profile: PROFILES.classicWindowsNullCategories };

  it('shows an untagged meeting as untagged', async () => {
    const state = appointment({ organizer: 'boss@contoso.com' });
    const { adapter } = setUp('Outlook', state, 'read', nullCategories);

    const meeting = await adapter.read();

    expect(meeting?.categories).toEqual([]);
  });

  it('tags that meeting', async () => {
    const state = appointment({ organizer: 'boss@contoso.com' });
    const { adapter } = setUp('Outlook', state, 'read', nullCategories);
    const meeting = (await adapter.read())!;

    const tagged = await adapter.applyTag(meeting, { taskCode: 'REU' });

    expect(state.categories).toEqual([category('REU')]);
    expect(tagged.categories).toEqual([category('REU')]);
  });
});

describe('tagging in classic Outlook (Office.js writes the categories)', () => {
  it('retags the organizer’s meeting, keeping the user’s own categories', async () => {
    const state = appointment({ categories: ['Client', category('MAIL')] });
    const { adapter } = setUp('Outlook', state, 'read');
    const meeting = (await adapter.read())!;

    const tagged = await adapter.applyTag(meeting, { taskCode: 'STRAT' });

    expect(state.categories).toEqual(['Client', category('STRAT')]);
    expect(tagged.categories).toEqual(['Client', category('STRAT')]);
    expect(state.saves).toBe(0);
  });

  it('untags an attendee’s meeting and clears its quadrant override in one call', async () => {
    const state = appointment({
      organizer: 'boss@contoso.com',
      categories: [category('REU')],
      customProperties: { quadrant: 'I-U-', other: 'kept' },
    });
    const { adapter } = setUp('Outlook', state, 'read');
    const meeting = (await adapter.read())!;

    const result = await adapter.applyTag(meeting, { taskCode: null, quadrantOverride: null });

    expect(state.categories).toEqual([]);
    expect(state.customProperties).toEqual({ other: 'kept' });
    expect(result.quadrantOverride).toBeNull();
  });

  it('tags an occurrence alone; the series only when asked explicitly', async () => {
    const state = appointment({ seriesId: 'EWS-SERIES' });
    const { adapter, graph } = setUp('Outlook', state, 'read');
    const meeting = (await adapter.read())!;

    await adapter.applyTag(meeting, { taskCode: 'MGT', quadrantOverride: 'I+U-' });
    expect(state.categories).toEqual([category('MGT')]);
    expect(state.customProperties).toEqual({ quadrant: 'I+U-' });
    expect(graph.calls).toEqual([]);

    await adapter.applyTag(meeting, { taskCode: 'MGT', target: 'series' });
    expect(graph.calls).toEqual(['tag rest:EWS-SERIES MGT']);
    await expect(
      adapter.applyTag(meeting, { taskCode: 'MGT', target: 'series', quadrantOverride: 'I+U+' }),
    ).rejects.toMatchObject({ code: 'series-override' });
  });

  it('creates the catalog’s categories on first use, then tags', async () => {
    const state = appointment();
    const { adapter, graph, outlook } = setUp('Outlook', state, 'compose', {
      masterCategories: [],
    });
    graph.deps.ensureCategories = async () => {
      outlook.masterCategories.push(...ALL_CATEGORIES);
    };
    const meeting = (await adapter.read())!;

    await adapter.applyTag(meeting, { taskCode: 'OPE' });

    expect(state.categories).toEqual([category('OPE')]);
  });

  it('keeps the quadrant of a new meeting by saving it first, which sends no invitation', async () => {
    const state = appointment({ ewsId: null });
    const { adapter, graph } = setUp('Outlook', state, 'compose');
    const meeting = (await adapter.read())!;

    await adapter.applyTag(meeting, { taskCode: 'CRISE', quadrantOverride: 'I+U+' });

    expect(state.categories).toEqual([category('CRISE')]);
    expect(state.customProperties).toEqual({ quadrant: 'I+U+' });
    expect([state.saves, state.updatesSent]).toEqual([1, 0]);
    // Saved once, the meeting exists: the override set on the form after that save would wait
    // for the next one, so it goes to the mailbox through Graph as well.
    expect(graph.calls).toEqual([`quadrant rest:${state.ewsId} I+U+`]);
  });

  it('tags a meeting of a calendar shared with edit rights through Office.js', async () => {
    const state = appointment({ sharedPermissions: DELEGATE.Read | DELEGATE.Write });
    const { adapter } = setUp('Outlook', state, 'read');
    const meeting = (await adapter.read())!;

    await adapter.applyTag(meeting, { taskCode: 'REU' });

    expect(meeting.readOnly).toBe(false);
    expect(state.categories).toEqual([category('REU')]);
  });

  it('refuses an unknown task before writing anything', async () => {
    const state = appointment({ categories: [category('REU')] });
    const { adapter } = setUp('Outlook', state, 'compose');
    const meeting = (await adapter.read())!;

    await expect(adapter.applyTag(meeting, { taskCode: 'NOPE' })).rejects.toMatchObject({
      code: 'invalid-input',
    });
    expect(state.categories).toEqual([category('REU')]);
  });

  it('undoes the new category when removing the old one fails', async () => {
    const state = appointment({ categories: [category('REU')] });
    const { adapter } = setUp('Outlook', state, 'compose');
    const meeting = (await adapter.read())!;
    state.faults.set('categories.removeAsync', { name: 'InternalServerError', code: 9042 });

    await expect(adapter.applyTag(meeting, { taskCode: 'MAIL' })).rejects.toThrow(
      /Exchange server had an error/,
    );
    expect(state.categories).toEqual([category('REU')]);
  });
});

// Office.CustomProperties.saveAsync (node_modules/@types/office-js): "In Outlook on Windows,
// custom properties saved while in compose mode only persist after the item being composed is
// closed or after `Office.context.mailbox.item.saveAsync` is called". The fake holds
// categories set on the form alike (PROFILES.classicWindows).
describe('classic Outlook on Windows, a meeting being edited (writes wait for the save)', () => {
  it('puts the tag of an existing meeting in the mailbox at once, and on the form', async () => {
    const state = appointment({ categories: ['Client', category('MAIL')] });
    const { adapter, graph, outlook } = setUp('Outlook', state, 'compose');
    const meeting = (await adapter.read())!;

    const tagged = await adapter.applyTag(meeting, { taskCode: 'STRAT', quadrantOverride: 'I+U+' });
    outlook.closeWithoutSaving();

    // What the week pull and Graph see, even after "Don't save".
    expect(state.categories).toEqual(['Client', category('STRAT')]);
    expect(state.customProperties).toEqual({ quadrant: 'I+U+' });
    expect(graph.calls).toEqual(['tag rest:EWS-1 STRAT', 'quadrant rest:EWS-1 I+U+']);
    expect(tagged.keptWhenSaved).toBe(false);
    // Never saved here: saving an existing meeting would send updates.
    expect([state.saves, state.updatesSent]).toEqual([0, 0]);
  });

  it('keeps the form in step, so saving the meeting afterwards keeps the tag', async () => {
    const state = appointment({ categories: [category('MAIL')] });
    const { adapter, outlook } = setUp('Outlook', state, 'compose');
    const meeting = (await adapter.read())!;

    await adapter.applyTag(meeting, { taskCode: 'OPE' });

    expect(outlook.draft?.categories ?? state.categories).toEqual([category('OPE')]);
  });

  it('says the tag of a new meeting is kept when the meeting is saved or sent', async () => {
    const state = appointment({ ewsId: null });
    const { adapter, graph, outlook } = setUp('Outlook', state, 'compose');
    const meeting = (await adapter.read())!;

    const tagged = await adapter.applyTag(meeting, { taskCode: 'CRISE' });

    expect(tagged.keptWhenSaved).toBe(true);
    expect(outlook.draft?.categories).toEqual([category('CRISE')]);
    expect(graph.calls).toEqual([]);
    expect(state.saves).toBe(0);
  });
});

describe('tagging where Office.js cannot set categories (web, new Outlook)', () => {
  it('writes an attendee’s tag through Graph on the item’s REST id', async () => {
    const state = appointment({ organizer: 'boss@contoso.com' });
    const { adapter, graph } = setUp('newOutlookWindows', state, 'read');
    const meeting = (await adapter.read())!;

    const tagged = await adapter.applyTag(meeting, { taskCode: 'VEIL' });

    expect(graph.calls).toEqual(['tag rest:EWS-1 VEIL']);
    expect(tagged.categories).toEqual([category('VEIL')]);
    expect(graph.ensured()).toBe(1);
  });

  it('saves a new meeting once to get its id, which sends no invitation', async () => {
    const state = appointment({ ewsId: null });
    const { adapter, graph } = setUp('OutlookWebApp', state, 'compose');
    const meeting = (await adapter.read())!;

    const tagged = await adapter.applyTag(meeting, { taskCode: 'STRAT', quadrantOverride: 'I+U+' });

    expect(state.saves).toBe(1);
    expect(state.updatesSent).toBe(0);
    expect(graph.calls).toEqual([`tag rest:${state.ewsId} STRAT`]);
    expect(state.customProperties).toEqual({ quadrant: 'I+U+' });
    expect(tagged.isNew).toBe(false);
  });

  it('never saves an existing meeting being edited (that would send updates)', async () => {
    const state = appointment();
    const { adapter, graph } = setUp('OutlookWebApp', state, 'compose');
    const meeting = (await adapter.read())!;

    await adapter.applyTag(meeting, { taskCode: 'ADM' });

    expect(state.saves).toBe(0);
    expect(state.updatesSent).toBe(0);
    expect(graph.calls).toEqual(['tag rest:EWS-1 ADM']);
  });
});

describe('the item the tag was chosen for', () => {
  it('gets the tag even when the user opened another meeting before the click', async () => {
    const first = appointment({ ewsId: 'EWS-A' });
    const { adapter, graph, outlook } = setUp('Outlook', first, 'read');
    const meeting = (await adapter.read())!;
    const second = appointment({ ewsId: 'EWS-B', subject: 'Autre' });
    outlook.open(second, 'read');

    await adapter.applyTag(meeting, { taskCode: 'CRISE', quadrantOverride: 'I+U+' });

    expect(second.categories).toEqual([]);
    expect(second.customProperties).toEqual({});
    expect(graph.calls).toEqual(['tag rest:EWS-A CRISE', 'quadrant rest:EWS-A I+U+']);
  });

  it('finishes through Graph when the user switches items while the write is in flight', async () => {
    const first = appointment({ ewsId: 'EWS-A' });
    const { adapter, graph, outlook } = setUp('Outlook', first, 'read');
    const meeting = (await adapter.read())!;
    const second = appointment({ ewsId: 'EWS-B' });
    outlook.beforeCall = (method) => {
      if (method !== 'categories.getAsync') return;
      outlook.beforeCall = null;
      first.faults.set('categories.getAsync', { name: 'APICallFailedDueToItemChange', code: 9030 });
      outlook.open(second, 'read');
    };

    await adapter.applyTag(meeting, { taskCode: 'OPE' });

    expect(second.categories).toEqual([]);
    expect(graph.calls).toEqual(['tag rest:EWS-A OPE']);
  });

  it('asks to reopen a new meeting that was closed before it was ever saved', async () => {
    const state = appointment({ ewsId: null });
    const { adapter, outlook } = setUp('OutlookWebApp', state, 'compose');
    const meeting = (await adapter.read())!;
    outlook.open(appointment({ ewsId: 'EWS-B' }), 'read');

    await expect(adapter.applyTag(meeting, { taskCode: 'OPE' })).rejects.toMatchObject({
      code: 'meeting-closed',
    });
    expect(state.saves).toBe(0);
  });
});

describe('what cannot be done', () => {
  it('refuses to tag a shared calendar opened read-only, with a clear message', async () => {
    const state = appointment({ sharedPermissions: DELEGATE.Read });
    const { adapter, graph } = setUp('Outlook', state, 'read');
    const meeting = (await adapter.read())!;

    const attempt = adapter.applyTag(meeting, { taskCode: 'REU' });

    await expect(attempt).rejects.toMatchObject({ code: 'meeting-read-only' });
    await expect(attempt).rejects.toThrow(/shared or delegate calendar you can only read/);
    expect(state.categories).toEqual([]);
    expect(graph.calls).toEqual([]);
  });

  it('says where a shared calendar’s meeting can be tagged when Graph’s /me cannot reach it', async () => {
    const state = appointment({
      organizer: 'boss@contoso.com',
      sharedPermissions: DELEGATE.Read | DELEGATE.EditAll,
    });
    const { adapter, graph } = setUp('OutlookWebApp', state, 'read');
    const meeting = (await adapter.read())!;

    await expect(adapter.applyTag(meeting, { taskCode: 'REU' })).rejects.toThrow(
      /another person’s calendar.*classic Outlook.*ask its owner/,
    );
    expect(graph.calls).toEqual([]);
  });

  it('says the category could not be created when Outlook still refuses it', async () => {
    const state = appointment();
    const { adapter } = setUp('Outlook', state, 'compose', { masterCategories: [] });
    const meeting = (await adapter.read())!;

    await expect(adapter.applyTag(meeting, { taskCode: 'REU' })).rejects.toThrow(
      /category of this task does not exist in your mailbox/,
    );
    expect(state.categories).toEqual([]);
  });

  it('says to reopen the meeting when Outlook switched items under a new meeting’s write', async () => {
    const state = appointment({ ewsId: null });
    const { adapter } = setUp('Outlook', state, 'compose');
    const meeting = (await adapter.read())!;
    state.faults.set('categories.getAsync', { name: 'APICallFailedDueToItemChange', code: 9030 });

    await expect(adapter.applyTag(meeting, { taskCode: 'REU' })).rejects.toThrow(
      /Another meeting was opened during the operation/,
    );
    expect(state.saves).toBe(0);
  });

  it('still reads the meeting in an Outlook too old to convert ids (Mailbox 1.2)', async () => {
    const { adapter } = setUp('Outlook', appointment({ seriesId: 'EWS-SERIES' }), 'read', {
      mailboxVersion: '1.2',
    });
    expect(await adapter.read()).toMatchObject({ eventId: 'EWS-1', seriesId: 'EWS-SERIES' });
  });

  it('says to update Outlook when Mailbox 1.8 is missing', async () => {
    const { adapter } = setUp('Outlook', appointment(), 'read', { mailboxVersion: '1.7' });
    const meeting = (await adapter.read())!;

    await expect(adapter.applyTag(meeting, { taskCode: 'REU' })).rejects.toThrow(/Update Outlook/);
  });

  const errors: [string, number, RegExp][] = [
    ['AccessRestricted', 9017, /shared or delegate calendar/],
    ['InsufficientItemPermissionsError', 9038, /shared or delegate calendar/],
    ['APINotSupportedForSharedFolders', 9055, /shared or delegate calendar/],
    ['PermissionDenied', 9016, /shared or delegate calendar/],
    ['GenericResponseError', 9020, /unexpected answer.*Retry/],
    ['NetworkError', 9041, /not connected to the Internet/],
    ['HTTPRequestFailure', 9040, /Retry in a moment/],
    ['InternalServerError', 9042, /Exchange server had an error/],
    ['ApiCallNotSupportedByExtensionPoint', 9032, /update Outlook/],
    ['InternalFormatError', 9002, /Close and reopen the meeting/],
    ['ItemNotFound', 9049, /no longer exists/],
    ['SomethingNew', 9999, /"SomethingNew" \(9999\)/],
  ];
  it.each(errors)('turns Outlook’s %s (%i) into what to do', async (name, code, advice) => {
    const state = appointment({ categories: [category('REU')] });
    const { adapter } = setUp('Outlook', state, 'compose');
    const meeting = (await adapter.read())!;
    state.faults.set('categories.getAsync', { name, code });

    await expect(adapter.applyTag(meeting, { taskCode: 'MAIL' })).rejects.toThrow(advice);
    expect(state.categories).toEqual([category('REU')]);
  });

  it('turns a failed save of a new meeting into what to do, writing nothing', async () => {
    const state = appointment({ ewsId: null });
    const { adapter, graph } = setUp('OutlookWebApp', state, 'compose');
    const meeting = (await adapter.read())!;
    state.faults.set('saveAsync', { name: 'SaveError', code: 9021 });

    await expect(adapter.applyTag(meeting, { taskCode: 'MAIL' })).rejects.toThrow(
      /could not save the meeting/,
    );
    expect(graph.calls).toEqual([]);
  });

  it('turns a failed custom-property save into what to do', async () => {
    const state = appointment();
    const { adapter } = setUp('Outlook', state, 'read');
    const meeting = (await adapter.read())!;
    state.faults.set('customProperties.saveAsync', { name: 'GenericSettingsError', code: 9019 });

    await expect(
      adapter.applyTag(meeting, { taskCode: 'MAIL', quadrantOverride: 'I+U+' }),
    ).rejects.toThrow(/could not save Centaure’s settings/);
    expect(state.customProperties).toEqual({});
  });
});

describe('following the open item', () => {
  it('tells the pane when the user opens another item, until unsubscribed', () => {
    const { adapter, outlook } = setUp('Outlook', appointment(), 'read');
    const seen: string[] = [];

    const stop = adapter.onMeetingChanged(() => seen.push('changed'));
    outlook.itemChangedHandlers.forEach((handler) => handler());
    stop();

    expect(seen).toEqual(['changed']);
    expect(outlook.itemChangedHandlers).toEqual([]);
  });
});
