import fc from 'fast-check';
import { DEFAULT_CATALOG } from '../../../src/core/catalog';
import {
  defaultKeywordRules,
  foldText,
  Suggester,
  tagExample,
  type SuggestableEvent,
  type SuggestionOptions,
} from '../../../src/core/suggestions';

// Made-up words no keyword rule holds, mixed with words that default rules do hold.
const PLAIN_WORDS = ['zorglub', 'Marsupilami', 'gaston', 'Lagaffe', 'spirou', 'Fantasio'];
const WORDS = [...PLAIN_WORDS, 'salon', 'Réunion', 'budget', 'équipe', 'point', 'CR', 'crème'];
const CODES = [...DEFAULT_CATALOG.map((task) => task.code), 'OLD', 'ZZZ'];

const anEvent: fc.Arbitrary<SuggestableEvent> = fc.record({
  subject: fc.array(fc.constantFrom(...WORDS), { maxLength: 5 }).map((words) => words.join(' ')),
  isPrivate: fc.boolean(),
  organizer: fc.constantFrom(null, 'boss@corp.fr', 'client@corp.fr', 'me@corp.fr'),
  attendeeCount: fc.integer({ min: 0, max: 12 }),
  seriesMasterId: fc.constantFrom(null, 'S1', 'S2', 'S3'),
});

const aHistory = fc.array(
  fc.tuple(anEvent, fc.constantFrom(...CODES)).map(([event, code]) => tagExample(event, code)),
  { maxLength: 60 },
);

// A catalog is any non-empty part of the default one, in its order.
const aCatalog = fc.subarray([...DEFAULT_CATALOG], { minLength: 1 });

const someOptions: fc.Arbitrary<SuggestionOptions> = fc.record({
  maxCandidates: fc.integer({ min: 1, max: 5 }),
  minConfidence: fc.double({ min: 0, max: 1, noNaN: true }),
});

describe('suggestion properties', () => {
  it('do not depend on the order of the history', () => {
    fc.assert(
      fc.property(
        aCatalog,
        fc.boolean(),
        aHistory.chain((history) =>
          fc.tuple(
            fc.constant(history),
            fc.shuffledSubarray(history, { minLength: history.length }),
          ),
        ),
        fc.array(anEvent, { minLength: 1, maxLength: 5 }),
        (catalog, withRules, [history, shuffled], events) => {
          const rules = withRules ? defaultKeywordRules(catalog) : [];
          const one = new Suggester({ catalog, rules, history }, { minConfidence: 0 });
          const other = new Suggester({ catalog, rules, history: shuffled }, { minConfidence: 0 });
          for (const event of events) expect(other.suggest(event)).toEqual(one.suggest(event));
        },
      ),
    );
  });

  it('are a few distinct catalog tasks, ranked, with a confidence in [min, 1]', () => {
    fc.assert(
      fc.property(
        aCatalog,
        fc.boolean(),
        aHistory,
        anEvent,
        someOptions,
        (catalog, withRules, history, event, options) => {
          const rules = withRules ? defaultKeywordRules(catalog) : [];
          const suggestions = new Suggester({ catalog, rules, history }, options).suggest(event);
          const codes = catalog.map((task) => task.code);
          expect(suggestions.length).toBeLessThanOrEqual(options.maxCandidates ?? 3);
          expect(new Set(suggestions.map((s) => s.code)).size).toBe(suggestions.length);
          suggestions.forEach((s, i) => {
            expect(codes).toContain(s.code);
            expect(Number.isNaN(s.confidence)).toBe(false);
            expect(s.confidence).toBeGreaterThan(0);
            expect(s.confidence).toBeLessThanOrEqual(1);
            expect(s.confidence).toBeGreaterThanOrEqual(options.minConfidence ?? 0);
            expect(s.reason.fr).not.toBe('');
            expect(s.reason.en).not.toBe('');
            const next = suggestions[i + 1];
            if (next !== undefined) {
              expect(next.confidence).toBeLessThanOrEqual(s.confidence);
              if (next.confidence === s.confidence) {
                expect(codes.indexOf(next.code)).toBeGreaterThan(codes.indexOf(s.code));
              }
            }
          });
        },
      ),
    );
  });

  it('never quote a word of a private subject that is not a matched keyword', () => {
    fc.assert(
      fc.property(aHistory, anEvent, (history, event) => {
        const suggester = new Suggester(
          { catalog: DEFAULT_CATALOG, rules: defaultKeywordRules(DEFAULT_CATALOG), history },
          { minConfidence: 0, maxCandidates: 8 },
        );
        const reasons = suggester
          .suggest({ ...event, isPrivate: true })
          .flatMap((s) => [s.reason.fr, s.reason.en])
          .map(foldText);
        for (const word of PLAIN_WORDS) {
          for (const reason of reasons) expect(reason).not.toContain(foldText(word));
        }
      }),
    );
  });

  it('are empty with no rules and no history', () => {
    fc.assert(
      fc.property(aCatalog, anEvent, someOptions, (catalog, event, options) => {
        const suggester = new Suggester({ catalog, rules: [], history: [] }, options);
        expect(suggester.suggest(event)).toEqual([]);
      }),
    );
  });
});
