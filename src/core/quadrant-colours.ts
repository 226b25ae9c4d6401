import type { Quadrant } from './catalog';

/**
 * The Outlook category colour Centaure gives each quadrant's categories, so the calendar shows
 * the grid at a glance: red for important and urgent, orange for urgent only, blue for
 * important only, grey for neither. The values are Outlook's preset colour names (Graph's
 * `categoryColor`: preset0 red, preset1 orange, preset7 blue, preset12 grey — Graph docs,
 * "outlookCategory resource type"); they render as those colours in Outlook on the web,
 * Windows and Mac. The pane's grid uses the same colours (src/taskpane/components/quadrant-colours.ts).
 */
export const QUADRANT_CATEGORY_COLOURS = {
  'I+U+': 'preset0',
  'I-U+': 'preset1',
  'I+U-': 'preset7',
  'I-U-': 'preset12',
} as const satisfies Readonly<Record<Quadrant, `preset${number}`>>;

export type QuadrantCategoryColour = (typeof QUADRANT_CATEGORY_COLOURS)[Quadrant];
