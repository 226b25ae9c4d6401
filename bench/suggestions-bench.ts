import { DEFAULT_CATALOG } from '../src/core/catalog';
import { normalizeGraphEvents } from '../src/core/summarize';
import { defaultKeywordRules, Suggester } from '../src/core/suggestions';
import { learnHistory } from '../src/core/suggestions/learning-window';
import { parseIsoWeek } from '../src/core/week';
import type { Bench } from './measure';
import { timeMedian } from './measure';
import { syntheticWeekEvents } from './synthetic-events';

const WEEK = parseIsoWeek('2026-W47');
// The 8 weeks the suggestions learn from, 300 events each.
const eightWeeks = Array.from({ length: 8 }, (_, i) =>
  syntheticWeekEvents(`2026-W${40 + i}`, 300, i + 1),
).flat();
const rules = defaultKeywordRules(DEFAULT_CATALOG);

function train(): Suggester {
  const learned = learnHistory(normalizeGraphEvents(eightWeeks), DEFAULT_CATALOG, WEEK);
  return new Suggester({ catalog: DEFAULT_CATALOG, rules, history: learned.examples });
}

const trained = train();
const [meeting] = normalizeGraphEvents([
  {
    id: 'new',
    subject: 'Préparation du comité budget trimestriel',
    start: { dateTime: '2026-11-20T09:00:00', timeZone: 'UTC' },
    end: { dateTime: '2026-11-20T10:00:00', timeZone: 'UTC' },
    organizer: { emailAddress: { address: 'nathalie.girard@contoso.fr' } },
  },
]);

export const suggestionBenches: Bench[] = [
  {
    name: 'suggestions: learn from 8 weeks × 300 events',
    run: async () => ({
      ...(await timeMedian(20, train)),
      details: {
        examples: learnHistory(normalizeGraphEvents(eightWeeks), DEFAULT_CATALOG, WEEK).examples
          .length,
      },
    }),
  },
  {
    name: 'suggestions: rank one meeting (model learned from 2,400 events)',
    run: () => timeMedian(200, () => trained.suggest(meeting)),
  },
];
