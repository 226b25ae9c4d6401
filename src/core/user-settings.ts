import { ROAMING_KEYS, TAG_HISTORY_RESERVE_BYTES } from './addin';
import type { Catalog } from './catalog';
import { CatalogError, DEFAULT_CATALOG, parseCatalog } from './catalog';
import type { Language, LocalizedMessage } from './errors';
import { CentaureError, InvalidInputError } from './errors';
import type { CountingSettings } from './settings';
import { checkCountingSettings, DEFAULT_COUNTING_SETTINGS } from './settings';
import { EXCLUSION_REASONS } from './week-summary';
import { jsonBytes } from './json-bytes';

/**
 * Everything a user sets, as stored in Office `roamingSettings` under {@link SETTINGS_KEY}
 * and as the command line reads it with `--settings FILE`: one shape, one validation.
 */
export interface UserSettings {
  catalog: Catalog;
  counting: CountingSettings;
  /** Path of the tracking workbook in the user's OneDrive. */
  workbookPath: string;
  /** Link to the team workbook the manager shared; null when the user sends to none. */
  teamWorkbookUrl: string | null;
  /** The language the user chose; null follows Outlook's. */
  language: Language | null;
}

export const SETTINGS_KEY = ROAMING_KEYS.settings;
export const DEFAULT_WORKBOOK_PATH = '/Centaure/Centaure.xlsx';

export const DEFAULT_USER_SETTINGS: UserSettings = {
  catalog: DEFAULT_CATALOG,
  counting: DEFAULT_COUNTING_SETTINGS,
  workbookPath: DEFAULT_WORKBOOK_PATH,
  teamWorkbookUrl: null,
  language: null,
};

/**
 * Office keeps at most 32 KB of roaming settings per add-in, all keys together, serialised as
 * JSON. The settings key may use 25 KB of it (UTF-8 bytes of `{key: value}`): 6 KB stay for
 * the compact tag history under its own key, 1 KB for Office's own wrapping.
 */
export const ROAMING_LIMIT_BYTES = 32 * 1024;
export const OFFICE_WRAPPING_MARGIN_BYTES = 1024;
export const SETTINGS_BUDGET_BYTES =
  ROAMING_LIMIT_BYTES - TAG_HISTORY_RESERVE_BYTES - OFFICE_WRAPPING_MARGIN_BYTES;

export type SettingsField =
  | 'workbookPath'
  | 'teamWorkbookUrl'
  | 'language'
  | 'counting.allDayHours'
  | 'counting.exclusions'
  | 'catalog';

/** Settings that break a rule, with the field at fault so the Settings view can show it there. */
export class SettingsError extends InvalidInputError {
  constructor(
    text: LocalizedMessage,
    readonly field: SettingsField,
  ) {
    super(text);
    this.name = 'SettingsError';
  }
}

/** Settings too large for roaming: saving them is refused, what was stored stays. */
export class SettingsTooLargeError extends CentaureError {
  constructor(
    readonly bytes: number,
    readonly budget: number,
  ) {
    const kb = (n: number) => (n / 1024).toFixed(1);
    super('settings-too-large', {
      fr: `Les réglages pèsent ${kb(bytes)} Ko, Outlook n’en garde que ${kb(budget)} Ko : raccourcissez des libellés ou des notes, ou retirez des tâches. Rien n’a été enregistré ; vos réglages précédents sont intacts.`,
      en: `The settings take ${kb(bytes)} KB and Outlook keeps only ${kb(budget)} KB: shorten labels or notes, or remove tasks. Nothing was saved; your previous settings are intact.`,
    });
    this.name = 'SettingsTooLargeError';
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Characters OneDrive refuses in a file or folder name. */
const FORBIDDEN_IN_PATH = /["*:<>?\\|]/;

export function checkWorkbookPath(value: unknown): string {
  const path = typeof value === 'string' ? value.trim() : '';
  const segments = path.split('/').slice(1);
  const problem =
    !path.startsWith('/') ||
    !/\.xlsx$/i.test(path) ||
    FORBIDDEN_IN_PATH.test(path) ||
    segments.some((segment) => segment.trim() === '' || segment.trim() !== segment) ||
    path.length > 400;
  if (problem) {
    throw new SettingsError(
      {
        fr: `Chemin du classeur invalide : il commence par « / », finit par « .xlsx » et ne contient ni dossier vide ni aucun de " * : < > ? \\ | (par exemple ${DEFAULT_WORKBOOK_PATH}).`,
        en: `Invalid workbook path: it starts with "/", ends with ".xlsx" and has no empty folder nor any of " * : < > ? \\ | (for example ${DEFAULT_WORKBOOK_PATH}).`,
      },
      'workbookPath',
    );
  }
  return path;
}

/** An https address with a host and no spaces: what a OneDrive or SharePoint sharing link looks like. */
const HTTPS_URL = /^https:\/\/[A-Za-z0-9.-]+(?::\d+)?(?:[/?#]\S*)?$/i;

export function checkTeamWorkbookUrl(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  const text = typeof value === 'string' ? value.trim() : '';
  if (text === '') return null;
  if (!HTTPS_URL.test(text)) {
    throw new SettingsError(
      {
        fr: 'Le lien du classeur d’équipe doit être une adresse https:// (le lien de partage que votre responsable vous a envoyé).',
        en: 'The team workbook link must be an https:// address (the sharing link your manager sent you).',
      },
      'teamWorkbookUrl',
    );
  }
  return text;
}

function checkLanguage(value: unknown): Language | null {
  if (value === null || value === undefined) return null;
  if (value === 'fr' || value === 'en') return value;
  throw new SettingsError(
    {
      fr: 'La langue doit être « fr », « en » ou absente (celle d’Outlook).',
      en: 'The language must be "fr", "en" or absent (Outlook’s).',
    },
    'language',
  );
}

function checkCounting(value: unknown): CountingSettings {
  if (value === undefined) return DEFAULT_COUNTING_SETTINGS;
  const raw = isRecord(value) ? value : {};
  const allDayHours = raw.allDayHours ?? DEFAULT_COUNTING_SETTINGS.allDayHours;
  const exclusions = raw.exclusions ?? DEFAULT_COUNTING_SETTINGS.exclusions;
  const known = EXCLUSION_REASONS as readonly unknown[];
  if (!Array.isArray(exclusions) || exclusions.some((reason) => !known.includes(reason))) {
    throw new SettingsError(
      {
        fr: `Les exclusions sont une liste choisie parmi ${EXCLUSION_REASONS.join(', ')}.`,
        en: `Exclusions are a list drawn from ${EXCLUSION_REASONS.join(', ')}.`,
      },
      'counting.exclusions',
    );
  }
  try {
    return checkCountingSettings({
      allDayHours: allDayHours as number,
      // Rule order, without repeats, whatever the order the file gave.
      exclusions: EXCLUSION_REASONS.filter((reason) => exclusions.includes(reason)),
    });
  } catch (error) {
    if (error instanceof CentaureError) throw new SettingsError(error.text, 'counting.allDayHours');
    throw error;
  }
}

/**
 * Checks settings read from roaming settings or a file and returns them typed; absent fields
 * take their defaults. Throws a {@link SettingsError} naming the field, or the catalog's
 * {@link CatalogError} naming the task and field.
 */
export function parseUserSettings(raw: unknown): UserSettings {
  if (!isRecord(raw)) {
    throw new SettingsError(
      {
        fr: 'Les réglages doivent être un objet JSON.',
        en: 'The settings must be a JSON object.',
      },
      'catalog',
    );
  }
  return {
    catalog: raw.catalog === undefined ? DEFAULT_CATALOG : parseCatalog(raw.catalog),
    counting: checkCounting(raw.counting),
    workbookPath:
      raw.workbookPath === undefined ? DEFAULT_WORKBOOK_PATH : checkWorkbookPath(raw.workbookPath),
    teamWorkbookUrl: checkTeamWorkbookUrl(raw.teamWorkbookUrl),
    language: checkLanguage(raw.language),
  };
}

/** The JSON value stored: the same object `--settings FILE` reads. */
export function settingsToJson(settings: UserSettings): Record<string, unknown> {
  return {
    catalog: settings.catalog,
    counting: {
      allDayHours: settings.counting.allDayHours,
      exclusions: settings.counting.exclusions,
    },
    workbookPath: settings.workbookPath,
    teamWorkbookUrl: settings.teamWorkbookUrl,
    language: settings.language,
  };
}

/**
 * The value to store for `settings`, checked again and measured; throws a
 * {@link SettingsTooLargeError} when it would not fit, before anything is written.
 */
export function storableSettings(settings: UserSettings): Record<string, unknown> {
  const json = settingsToJson(parseUserSettings(settingsToJson(settings)));
  const bytes = jsonBytes({ [SETTINGS_KEY]: json });
  if (bytes > SETTINGS_BUDGET_BYTES) throw new SettingsTooLargeError(bytes, SETTINGS_BUDGET_BYTES);
  return json;
}

/** What was found in storage: the settings to use, and why the stored ones were not used, if so. */
export interface LoadedSettings {
  settings: UserSettings;
  /** The stored value could not be read: defaults are shown, and the stored value is kept until the user saves. */
  problem: CentaureError | null;
}

export function settingsFromStored(stored: unknown): LoadedSettings {
  if (stored === undefined || stored === null)
    return { settings: DEFAULT_USER_SETTINGS, problem: null };
  try {
    return { settings: parseUserSettings(stored), problem: null };
  } catch (error) {
    if (error instanceof CatalogError || error instanceof SettingsError) {
      return { settings: DEFAULT_USER_SETTINGS, problem: error };
    }
    throw error;
  }
}
