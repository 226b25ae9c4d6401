import { parseCatalog } from '../../src/core/catalog';
import { CentaureError } from '../../src/core/errors';
import { withoutPrivateSubject } from '../../src/core/privacy';
import { extractFeatures } from '../../src/core/suggestions';
import { TagResolver } from '../../src/core/tag-resolution';

// Names typed on another system compare equal to the catalog's: macOS writes « Réunion » in
// decomposed form (e + U+0301), and text pasted from the web or a chat carries invisible
// format characters (zero-width space, direction marks, word joiner, BOM).

const catalog = parseCatalog([
  { code: 'REU', quadrant: 'I+U-', plannedHours: 8, category: 'Réunion' },
  { code: 'MGT', quadrant: 'I+U+', plannedHours: 6, category: 'Équipe' },
]);
const resolver = new TagResolver(catalog);
const codeOf = (event: { categories: string[]; subject: string }) =>
  resolver.resolve(event)?.task.code ?? null;

const INVISIBLES = ['\u200b', '\u200e', '\u200f', '\u2060', '\ufeff', '\u202a', '\u00ad'];

describe('categories and [CODE] prefixes are compared as the user sees them', () => {
  it('a category in decomposed form (NFD) matches the composed one', () => {
    expect(codeOf({ categories: ['Réunion'.normalize('NFD')], subject: '' })).toBe('REU');
    expect(codeOf({ categories: ['ÉQUIPE'.normalize('NFD')], subject: '' })).toBe('MGT');
  });

  it.each(INVISIBLES.map((c) => [`U+${c.charCodeAt(0).toString(16).padStart(4, '0')}`, c]))(
    'an invisible %s in a category or before [CODE] does not drop the tag',
    (_, invisible) => {
      expect(codeOf({ categories: [`${invisible}Réunion`], subject: '' })).toBe('REU');
      expect(codeOf({ categories: [`Réu${invisible}nion`], subject: '' })).toBe('REU');
      expect(codeOf({ categories: [], subject: `${invisible}[MGT] Point équipe` })).toBe('MGT');
      expect(codeOf({ categories: [], subject: `[${invisible}MGT] Point` })).toBe('MGT');
    },
  );

  it('a private subject keeps its [CODE] tag behind an invisible character', () => {
    const event = { sensitivity: 'private', subject: '\u200b[MGT] Entretien Julie' };
    expect(withoutPrivateSubject(event).subject).toBe('[MGT]');
  });

  it('a catalog naming one category twice, once decomposed, is refused', () => {
    const twice = () =>
      parseCatalog([
        { code: 'REU', quadrant: 'I+U-', plannedHours: 8, category: 'Réunion' },
        { code: 'MGT', quadrant: 'I+U+', plannedHours: 6, category: 'Re\u0301union\u200b' },
      ]);
    expect(twice).toThrow(CentaureError);
    // Named as the catalog keeps it: composed, without the invisible character.
    expect(twice).toThrow('"Réunion" already names task REU');
  });

  it('suggestions leave out a [CODE] prefix behind an invisible character, as tagging does', () => {
    const features = extractFeatures({
      subject: '\u200b[MGT] Budget',
      organizer: null,
      attendeeCount: 0,
      seriesMasterId: null,
    });
    expect(features.words).toEqual(['budget']);
  });
});
