import { DEFAULT_CATALOG, parseCatalog } from '../../src/core/catalog';
import { CentaureError } from '../../src/core/errors';

const task = {
  code: 'MAIL',
  quadrant: 'I-U+',
  plannedHours: 5,
  label: { fr: 'Emails', en: 'Email' },
};

function messageOf(raw: unknown): string {
  try {
    parseCatalog(raw);
  } catch (error) {
    if (error instanceof CentaureError) return error.in('en');
  }
  throw new Error('expected a CentaureError');
}

describe('default catalog', () => {
  it('is the eight tasks of SPEC §3 with their quadrants and planned hours (40 h a week)', () => {
    expect(DEFAULT_CATALOG.map((t) => `${t.code} ${t.quadrant} ${t.plannedHours}`)).toEqual([
      'MAIL I-U+ 5',
      'REU I+U- 8',
      'ADM I-U- 3',
      'VEIL I+U- 3',
      'OPE I-U+ 8',
      'MGT I+U+ 6',
      'STRAT I+U- 6',
      'CRISE I+U+ 1',
    ]);
    expect(DEFAULT_CATALOG.reduce((sum, t) => sum + t.plannedHours, 0)).toBe(40);
    expect(DEFAULT_CATALOG.find((t) => t.code === 'ADM')).toMatchObject({
      label: {
        fr: 'Administratif : reporting, validations, suivi budgétaire',
        en: 'Administration: reporting, approvals, budget',
      },
      aiPotential: 'automate',
      decision: 'automated',
    });
  });

  it('passes its own validation', () => {
    expect(parseCatalog(JSON.parse(JSON.stringify(DEFAULT_CATALOG)))).toEqual(DEFAULT_CATALOG);
  });
});

describe('catalog validation', () => {
  it('fills optional fields: category = code, AI potential none, decision keep', () => {
    expect(parseCatalog([task])[0]).toEqual({
      ...task,
      category: 'MAIL',
      aiPotential: 'none',
      decision: 'keep',
    });
  });

  it.each([
    [
      'a duplicate code',
      [task, { ...task, category: 'Other' }],
      'Catalog, task #2: duplicate code MAIL',
    ],
    [
      'a lower-case code',
      [{ ...task, code: 'mail' }],
      'Catalog, task #1: code "mail" must be 2 to 6 characters A-Z or 0-9',
    ],
    [
      'a 7-character code',
      [{ ...task, code: 'MAILING' }],
      'Catalog, task #1: code "MAILING" must be 2 to 6 characters A-Z or 0-9',
    ],
    [
      'a 1-character code',
      [{ ...task, code: 'M' }],
      'Catalog, task #1: code "M" must be 2 to 6 characters A-Z or 0-9',
    ],
    [
      'an unknown quadrant',
      [{ ...task, quadrant: 'I+U' }],
      'Catalog, task #1: unknown quadrant "I+U" for MAIL (expected I+U+, I-U+, I+U-, I-U-)',
    ],
    [
      'negative hours',
      [{ ...task, plannedHours: -1 }],
      'Catalog, task #1: planned hours of MAIL must be a number from 0 to 168',
    ],
    [
      'hours as text',
      [{ ...task, plannedHours: '5' }],
      'Catalog, task #1: planned hours of MAIL must be a number from 0 to 168',
    ],
    [
      'an unknown AI decision',
      [{ ...task, decision: 'maybe' }],
      'Catalog, task #1: "decision" must be one of keep, assisted, automated',
    ],
    [
      'a bad aiSince',
      [{ ...task, aiSince: '01/09/2026' }],
      'Catalog, task #1: "aiSince" of MAIL must be a YYYY-MM-DD date',
    ],
    [
      // Date.parse would make it 2 March.
      'an aiSince that is no day of the calendar',
      [{ ...task, aiSince: '2026-02-30' }],
      'Catalog, task #1: "aiSince" of MAIL must be a YYYY-MM-DD date',
    ],
    [
      'a shared category',
      [task, { ...task, code: 'OPE', category: 'mail' }],
      'Catalog, task #2: "mail" already names task MAIL (its code or category)',
    ],
    [
      // An event categorised "OPE" would otherwise go to MAIL without a word.
      'a category that is another task’s code',
      [
        { ...task, category: 'OPE' },
        { ...task, code: 'OPE', category: 'Centaure OPE' },
      ],
      'Catalog, task #2: "OPE" already names task MAIL (its code or category)',
    ],
    ['an object instead of an array', { tasks: [] }, 'The catalog must be a JSON array of tasks.'],
    ['an empty array', [], 'The catalog is empty.'],
  ])('rejects %s', (_case, raw, message) => {
    expect(messageOf(raw)).toBe(message);
  });

  it('speaks French too', () => {
    try {
      parseCatalog([{ ...task, plannedHours: Number.NaN }]);
    } catch (error) {
      expect((error as CentaureError).in('fr')).toBe(
        'Catalogue, tâche n° 1 : les heures prévues de MAIL doivent être un nombre entre 0 et 168',
      );
      return;
    }
    throw new Error('expected an error');
  });
});
