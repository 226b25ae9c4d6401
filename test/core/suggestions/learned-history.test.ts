import { DEFAULT_CATALOG } from '../../../src/core/catalog';
import { normalizeGraphEvents } from '../../../src/core/summarize';
import { defaultKeywordRules, Suggester } from '../../../src/core/suggestions';
import {
  learnHistory,
  trainingRange,
  usableHistory,
  withTagged,
} from '../../../src/core/suggestions/learned-history';
import { parseIsoWeek } from '../../../src/core/week';
import { graphEvent } from '../../support/graph-event';

const W47 = parseIsoWeek('2026-W47');
const past = normalizeGraphEvents([
  graphEvent({
    id: 'a',
    subject: 'Comité budget',
    start: '2026-10-07T14:00',
    end: '2026-10-07T15:00',
    categories: ['Centaure ADM'],
  }),
  graphEvent({
    id: 'b',
    subject: '[ADM] Budget prévisionnel',
    start: '2026-11-04T14:00',
    end: '2026-11-04T15:00',
  }),
  graphEvent({ id: 'c', subject: 'Déjeuner', start: '2026-11-05T12:00', end: '2026-11-05T13:00' }),
]);

describe('suggestions that learn from the last 8 weeks', () => {
  it('read the 8 weeks ending with the current one: W40 (Monday 28 September) to W47', () => {
    const { start, end } = trainingRange(W47, 'Europe/Paris');
    expect(start.toISO()).toBe('2026-09-28T00:00:00.000+02:00');
    expect(end.toISO()).toBe('2026-11-23T00:00:00.000+01:00');
  });

  it('learn from tagged events only, by category or [CODE], and then suggest from them', () => {
    const learned = learnHistory(past, DEFAULT_CATALOG, W47);
    expect(learned.examples.map((e) => [e.code, e.features.words])).toEqual([
      ['ADM', ['comite', 'budget']],
      ['ADM', ['budget', 'previsionnel']],
    ]);
    const suggester = new Suggester({
      catalog: DEFAULT_CATALOG,
      rules: [],
      history: learned.examples,
    });
    const [best] = suggester.suggest({
      subject: 'Budget 2027',
      organizer: null,
      attendeeCount: 0,
      seriesMasterId: null,
      isPrivate: false,
    });
    expect(best.code).toBe('ADM');
  });

  it('are kept for the week and catalog they were learned with, and read again otherwise', () => {
    const learned = learnHistory(past, DEFAULT_CATALOG, W47);
    expect(usableHistory(JSON.parse(JSON.stringify(learned)), DEFAULT_CATALOG, W47)).toEqual(
      learned,
    );
    expect(usableHistory(learned, DEFAULT_CATALOG, parseIsoWeek('2026-W48'))).toBeNull();
    const renamed = DEFAULT_CATALOG.map((t) =>
      t.code === 'ADM' ? { ...t, category: 'Admin' } : t,
    );
    expect(usableHistory(learned, renamed, W47)).toBeNull();
    expect(usableHistory(undefined, DEFAULT_CATALOG, W47)).toBeNull();
    expect(usableHistory({ ...learned, version: 0 }, DEFAULT_CATALOG, W47)).toBeNull();
  });

  it('learn a tag set in the pane at once', () => {
    const learned = withTagged(learnHistory(past, DEFAULT_CATALOG, W47), past[2], 'OPE');
    expect(learned.examples.map((e) => e.code)).toEqual(['ADM', 'ADM', 'OPE']);
    const suggester = new Suggester({
      catalog: DEFAULT_CATALOG,
      rules: defaultKeywordRules(DEFAULT_CATALOG),
      history: learned.examples,
    });
    expect(suggester.suggest(past[2])[0].code).toBe('OPE');
  });
});
