import { DEFAULT_CATALOG } from '../../../src/core/catalog';
import { normalizeGraphEvents } from '../../../src/core/summarize';
import { defaultKeywordRules, Suggester } from '../../../src/core/suggestions';
import { tagExample } from '../../../src/core/suggestions';
import {
  examplesForWeek,
  examplesToLearnFrom,
  keptForCatalog,
  withRetagged,
} from '../../../src/core/suggestions/learned-history';
import {
  learnHistory,
  trainingRange,
  usableHistory,
} from '../../../src/core/suggestions/learning-window';
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
    const learned = withRetagged(
      learnHistory(past, DEFAULT_CATALOG, W47),
      ['c'],
      [tagExample(past[2], 'OPE', 'c')],
    );
    expect(learned.examples.map((e) => e.code)).toEqual(['ADM', 'ADM', 'OPE']);
    const suggester = new Suggester({
      catalog: DEFAULT_CATALOG,
      rules: defaultKeywordRules(DEFAULT_CATALOG),
      history: learned.examples,
    });
    expect(suggester.suggest(past[2])[0].code).toBe('OPE');
  });

  it('count an event once however often it is tagged again, and forget it when untagged', () => {
    const learned = learnHistory(past, DEFAULT_CATALOG, W47);
    // Event b was ADM; retagged STRAT twice, then untagged.
    const once = withRetagged(learned, ['b'], [tagExample(past[1], 'STRAT', 'b')]);
    const twice = withRetagged(once, ['b'], [tagExample(past[1], 'STRAT', 'b')]);
    expect(twice.examples.map((e) => [e.eventId, e.code])).toEqual([
      ['a', 'ADM'],
      ['b', 'STRAT'],
    ]);
    expect(withRetagged(twice, ['b'], []).examples.map((e) => e.eventId)).toEqual(['a']);
    // A new meeting Outlook has not saved has no id yet: its tag is simply added.
    const unsaved = withRetagged(twice, [], [tagExample(past[2], 'OPE')]);
    expect(unsaved.examples).toHaveLength(3);
  });

  it('take the week’s events as they are now in place of what was learned of them', () => {
    const learned = learnHistory(past, DEFAULT_CATALOG, W47);
    // Since the calendar was read, b lost its tag and c was tagged OPE in Outlook.
    const week = normalizeGraphEvents([
      graphEvent({
        id: 'b',
        subject: 'Budget prévisionnel',
        start: '2026-11-04T14:00',
        end: '2026-11-04T15:00',
      }),
      graphEvent({
        id: 'c',
        subject: 'Déjeuner',
        start: '2026-11-05T12:00',
        end: '2026-11-05T13:00',
        categories: ['Centaure OPE'],
      }),
    ]);
    const examples = examplesForWeek(learned, [], week, DEFAULT_CATALOG);
    expect(examples.map((e) => [e.eventId, e.code])).toEqual([
      ['a', 'ADM'],
      ['c', 'OPE'],
    ]);
    // Without a learned history: the roaming one, then the week's tagged events.
    const roaming = [tagExample(past[0], 'STRAT')];
    expect(examplesForWeek(null, roaming, week, DEFAULT_CATALOG).map((e) => e.code)).toEqual([
      'STRAT',
      'OPE',
    ]);
  });

  it('are used for the catalog they were learned with, whatever the week, before the network', () => {
    const learned = learnHistory(past, DEFAULT_CATALOG, W47);
    expect(keptForCatalog(learned, DEFAULT_CATALOG)).toBe(learned);
    const renamed = DEFAULT_CATALOG.map((t) =>
      t.code === 'ADM' ? { ...t, category: 'Admin' } : t,
    );
    expect(keptForCatalog(learned, renamed)).toBeNull();
    expect(keptForCatalog('garbage', DEFAULT_CATALOG)).toBeNull();
  });

  it('replace the roaming history rather than add to it: a tag never counts twice', () => {
    const roaming = [tagExample(past[1], 'ADM')];
    const learned = learnHistory(past, DEFAULT_CATALOG, W47);
    expect(examplesToLearnFrom(learned, roaming)).toBe(learned.examples);
    expect(examplesToLearnFrom(null, roaming)).toBe(roaming);
  });
});
