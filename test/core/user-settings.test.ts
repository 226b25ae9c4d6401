import type { Task } from '../../src/core/catalog';
import { CatalogError, DEFAULT_CATALOG } from '../../src/core/catalog';
import { jsonBytes } from '../../src/core/json-bytes';
import {
  DEFAULT_USER_SETTINGS,
  parseUserSettings,
  SETTINGS_BUDGET_BYTES,
  SETTINGS_KEY,
  SettingsError,
  settingsFromStored,
  SettingsTooLargeError,
  settingsToJson,
  storableSettings,
} from '../../src/core/user-settings';

/** A task as long as a real one: SPEC §3's longest labels, a step-3 note, a step-4 reason. */
function realisticTask(i: number): Task {
  const code = `T${String(i).padStart(5, '0')}`;
  return {
    code,
    label: {
      fr: 'Marketing opérationnel : suivi de dossiers, relances',
      en: 'Operational marketing: follow-ups, reminders',
    },
    quadrant: 'I-U+',
    plannedHours: 2.5,
    category: `Centaure ${code}`,
    aiPotential: 'automate',
    decision: 'automated',
    aiNote: 'Réponses semi-automatiques aux relances courantes, relues avant envoi',
    decisionReason: 'Je garde la validation de chaque envoi : règle de l’entreprise',
    aiSince: '2026-10-05',
  };
}

/** Every text at its limit, in two-byte characters where the field allows. */
function longestTask(i: number): Task {
  return {
    ...realisticTask(i),
    label: { fr: 'é'.repeat(200), en: 'e'.repeat(200) },
    category: `${'c'.repeat(249)}${String(i).padStart(6, '0')}`,
    aiNote: 'é'.repeat(200),
    decisionReason: 'é'.repeat(200),
  };
}

const withCatalog = (catalog: Task[]) => ({ ...DEFAULT_USER_SETTINGS, catalog });
const tasks = (n: number, make: (i: number) => Task) =>
  Array.from({ length: n }, (_, i) => make(i));

describe('the roaming-settings budget', () => {
  it('the default settings take 2 005 bytes of the 25 KB the settings key may use', () => {
    expect(jsonBytes({ [SETTINGS_KEY]: settingsToJson(DEFAULT_USER_SETTINGS) })).toBe(2005);
    // 32 KB of roaming settings, less 6 KB for the tag history and 1 KB for Office's wrapping.
    expect(SETTINGS_BUDGET_BYTES).toBe(25 * 1024);
  });

  it('fits 57 realistic tasks with labels in both languages, a note and a reason, and refuses a 58th', () => {
    // Each such task costs about 444 bytes: 57 take 25 563 bytes, 58 would take 26 008 > 25 600.
    expect(() => storableSettings(withCatalog(tasks(57, realisticTask)))).not.toThrow();
    expect(() => storableSettings(withCatalog(tasks(58, realisticTask)))).toThrow(
      SettingsTooLargeError,
    );
  });

  it('fits 13 tasks whose every text is at its limit, and refuses a 14th', () => {
    expect(() => storableSettings(withCatalog(tasks(13, longestTask)))).not.toThrow();
    expect(() => storableSettings(withCatalog(tasks(14, longestTask)))).toThrow(
      SettingsTooLargeError,
    );
  });

  it('says in both languages how large the settings are, what to do, and that nothing was lost', () => {
    let error: unknown;
    try {
      storableSettings(withCatalog(tasks(58, realisticTask)));
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(SettingsTooLargeError);
    const { text } = error as SettingsTooLargeError;
    expect(text.fr).toBe(
      'Les réglages pèsent 25.4 Ko, Outlook n’en garde que 25.0 Ko : raccourcissez des libellés ou des notes, ou retirez des tâches. Rien n’a été enregistré ; vos réglages précédents sont intacts.',
    );
    expect(text.en).toContain('take 25.4 KB and Outlook keeps only 25.0 KB');
  });
});

describe('settings validation', () => {
  it('fills absent fields with the defaults', () => {
    expect(parseUserSettings({})).toEqual(DEFAULT_USER_SETTINGS);
  });

  it('round-trips through the stored JSON', () => {
    const settings = parseUserSettings({
      catalog: [{ code: 'MAIL', quadrant: 'I-U+', plannedHours: 4, aiNote: '  Tri du courrier ' }],
      counting: { allDayHours: 6, exclusions: ['free', 'cancelled', 'free'] },
      workbookPath: '/Suivi/Moi.xlsx',
      teamWorkbookUrl: 'https://contoso.sharepoint.com/:x:/s/team/abc',
      language: 'en',
    });
    // Exclusions in rule order, once each; notes trimmed.
    expect(settings.counting.exclusions).toEqual(['cancelled', 'free']);
    expect(settings.catalog[0].aiNote).toBe('Tri du courrier');
    expect(parseUserSettings(settingsToJson(settings))).toEqual(settings);
  });

  it.each([
    [{ workbookPath: 'Centaure.xlsx' }, 'workbookPath'],
    [{ workbookPath: '/Centaure/Suivi.xls' }, 'workbookPath'],
    [{ workbookPath: '/Cent:aure/Suivi.xlsx' }, 'workbookPath'],
    [{ workbookPath: '/Centaure//Suivi.xlsx' }, 'workbookPath'],
    [{ teamWorkbookUrl: 'http://contoso.sharepoint.com/x' }, 'teamWorkbookUrl'],
    [{ teamWorkbookUrl: 'mon classeur' }, 'teamWorkbookUrl'],
    [{ language: 'de' }, 'language'],
    [{ counting: { allDayHours: 25 } }, 'counting.allDayHours'],
    [{ counting: { exclusions: ['late'] } }, 'counting.exclusions'],
  ])('%j is refused with a message for the field %s', (raw, field) => {
    let error: unknown;
    try {
      parseUserSettings(raw);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(SettingsError);
    expect((error as SettingsError).field).toBe(field);
  });

  it('an empty team link means none', () => {
    expect(parseUserSettings({ teamWorkbookUrl: '  ' }).teamWorkbookUrl).toBeNull();
  });

  it('names the task and field of a bad catalog so the editor can show the message there', () => {
    const catalog = [
      ...DEFAULT_CATALOG,
      { ...DEFAULT_CATALOG[0], code: 'MAIL2', aiNote: 'x'.repeat(201) },
    ];
    let error: unknown;
    try {
      parseUserSettings({ catalog });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(CatalogError);
    expect(error).toMatchObject({ taskIndex: 8, field: 'aiNote' });
    expect((error as CatalogError).text.en).toBe(
      'Catalog, task #9: "aiNote" is 201 characters long, 200 at most',
    );
  });

  it('unreadable stored settings show the defaults and say why, without claiming they were lost', () => {
    const loaded = settingsFromStored({ catalog: [] });
    expect(loaded.settings).toEqual(DEFAULT_USER_SETTINGS);
    expect(loaded.problem?.text.en).toBe('The catalog is empty.');
    expect(settingsFromStored(undefined)).toEqual({
      settings: DEFAULT_USER_SETTINGS,
      problem: null,
    });
  });
});
