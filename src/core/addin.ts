/** The add-in's id, as in manifest.xml `<Id>`. Office.js custom properties are keyed by it. */
export const ADDIN_ID = 'c82467d4-2a51-46fa-bd47-41687ebb5dc1';

/**
 * How Graph exposes the add-in's Office.js custom properties of an item: a single-value
 * extended property in the PS_PUBLIC_STRINGS set named `cecp-<add-in id>`, whose value
 * is the JSON object of all custom properties (SPEC §4.6).
 */
export const CUSTOM_PROPERTIES_EXTENDED_PROPERTY_ID = `String {00020329-0000-0000-C000-000000000046} Name cecp-${ADDIN_ID}`;

/** The custom property that overrides the quadrant of one event occurrence. */
export const QUADRANT_OVERRIDE_PROPERTY = 'quadrant';

/**
 * Keys of Centaure's Outlook roaming settings that the event-based handler reads as well as
 * the taskpane: the user's settings (`core/user-settings`, whose `catalog` is the JSON array
 * of tasks `--catalog` reads) and the compact tag history (`core/suggestions/compact-history`).
 */
export const ROAMING_KEYS = {
  settings: 'centaure.settings',
  tagHistory: 'tagHistory',
  /** Whether the pane greeted the user (core/first-run.ts): its own key, as saving settings rewrites them whole. */
  firstRun: 'centaure.firstRun',
} as const;

/** Of the 32 KB of roaming settings, the bytes kept for the compact tag history. */
export const TAG_HISTORY_RESERVE_BYTES = 6 * 1024;
