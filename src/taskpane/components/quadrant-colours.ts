import { makeStyles, tokens } from '@fluentui/react-components';
import type { Quadrant } from '../../core/catalog';
import { QUADRANT_CATEGORY_COLOURS } from '../../core/quadrant-colours';

/**
 * Outlook's category presets as Fluent palette tokens, so a quadrant has in the pane the colour
 * its meetings have in the calendar, in the light and the dark theme alike: the palette's
 * background 2 is a light tint in light themes and a dark shade in dark ones, so the neutral
 * foreground keeps its contrast on it (WCAG AA, test/taskpane/names-and-colours.test.ts), and
 * the start border is the saturated colour. Fluent has no plain orange; its peach is the
 * palette colour whose saturated form is Outlook's orange. Written out slot by slot: Griffel
 * compiles these styles at build time.
 */
const usePresetStyles = makeStyles({
  preset0: {
    backgroundColor: tokens.colorPaletteRedBackground2,
    borderInlineStartColor: tokens.colorPaletteRedBorderActive,
  },
  preset1: {
    backgroundColor: tokens.colorPalettePeachBackground2,
    borderInlineStartColor: tokens.colorPalettePeachBorderActive,
  },
  preset7: {
    backgroundColor: tokens.colorPaletteBlueBackground2,
    borderInlineStartColor: tokens.colorPaletteBlueBorderActive,
  },
  preset12: {
    backgroundColor: tokens.colorPalettePlatinumBackground2,
    borderInlineStartColor: tokens.colorPalettePlatinumBorderActive,
  },
});

/**
 * The class giving a quadrant the colours of its Outlook category: background, and the colour
 * of a start border the caller draws (its width and style).
 */
export function useQuadrantColours(): (quadrant: Quadrant) => string {
  const styles = usePresetStyles();
  return (quadrant) => styles[QUADRANT_CATEGORY_COLOURS[quadrant]];
}
