import { DEFAULT_CATALOG } from '../../../src/core/catalog';
import {
  Suggester,
  compactTagHistory,
  defaultKeywordRules,
  expandTagHistory,
  tagExample,
} from '../../../src/core/suggestions';

const meeting = (subject: string, organizer: string, attendeeCount: number) => ({
  subject,
  organizer,
  attendeeCount,
  seriesMasterId: null,
  isPrivate: false,
});

describe('the compact tag history kept in roaming settings', () => {
  it('suggests what the full history suggests, once stored and read back as JSON', () => {
    const history = [
      tagExample(meeting('Point Acme', 'ana@contoso.com', 1), 'OPE'),
      tagExample(meeting('Point Acme livraison', 'ana@contoso.com', 1), 'OPE'),
      tagExample(meeting('Lancement gamme', 'bob@contoso.com', 6), 'STRAT'),
    ];
    const stored = JSON.parse(JSON.stringify(compactTagHistory(history, 4096)));
    const sources = { catalog: DEFAULT_CATALOG, rules: defaultKeywordRules(DEFAULT_CATALOG) };
    const next = meeting('Point Acme', 'ana@contoso.com', 1);

    expect(new Suggester({ ...sources, history: expandTagHistory(stored) }).suggest(next)).toEqual(
      new Suggester({ ...sources, history }).suggest(next),
    );
  });

  it('keeps the newest examples within its byte budget', () => {
    const history = Array.from({ length: 200 }, (_, i) =>
      tagExample(meeting('Réunion équipe', `p${i}@contoso.com`, 3), 'REU'),
    );

    const compact = compactTagHistory(history, 2000);

    expect(JSON.stringify(compact).length).toBeLessThanOrEqual(2000);
    expect(compact.examples.length).toBeGreaterThan(10);
    expect(compact.examples.at(-1)).toEqual(['REU', 'reunion equipe', 'p199@contoso.com', 2, '']);
  });

  it('skips what it cannot read instead of failing', () => {
    expect(expandTagHistory({ v: 1, examples: [['MGT', 'x', '', 9, ''], 'junk'] })).toEqual([]);
    expect(expandTagHistory('nonsense')).toEqual([]);
  });
});
