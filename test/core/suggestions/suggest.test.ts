import { DEFAULT_CATALOG } from '../../../src/core/catalog';
import {
  DEFAULT_KEYWORD_RULES,
  Suggester,
  suggestForWeek,
  tagExample,
  type SuggestableEvent,
  type Suggestion,
  type SuggestionOptions,
  type SuggestionSources,
  type TagExample,
} from '../../../src/core/suggestions';

type Spec = Partial<SuggestableEvent> & { code?: string };

function event(spec: Spec): SuggestableEvent {
  return {
    subject: spec.subject ?? '',
    isPrivate: spec.isPrivate ?? false,
    organizer: spec.organizer ?? null,
    attendeeCount: spec.attendeeCount ?? 0,
    seriesMasterId: spec.seriesMasterId ?? null,
  };
}

function tagged(code: string, spec: Spec): TagExample {
  return tagExample(event(spec), code);
}

function suggest(
  target: Spec,
  sources: Partial<SuggestionSources>,
  options?: SuggestionOptions,
): Suggestion[] {
  const suggester = new Suggester(
    { catalog: DEFAULT_CATALOG, rules: [], history: [], ...sources },
    options,
  );
  return suggester.suggest(event(target));
}

const summary = (suggestions: Suggestion[]) =>
  suggestions.map((s) => `${s.code} ${s.confidence.toFixed(4)}`);

// Four one-off events, no organizer, nobody invited: four decisions in all.
const BUDGET_HISTORY = [
  tagged('ADM', { subject: 'Revue budget Q3' }),
  tagged('ADM', { subject: 'Budget marketing' }),
  tagged('STRAT', { subject: 'Plan marketing 2027' }),
  tagged('REU', { subject: 'Point marketing' }),
];

describe('nothing to go on', () => {
  it('suggests nothing with no rules and no history', () => {
    expect(suggest({ subject: 'Réunion budget salon', attendeeCount: 3 }, {})).toEqual([]);
  });

  it('suggests nothing when neither the keywords nor the history know the event', () => {
    expect(
      suggest(
        { subject: 'Déjeuner', organizer: 'new@corp.fr' },
        { rules: DEFAULT_KEYWORD_RULES, history: BUDGET_HISTORY },
      ),
    ).toEqual([]);
  });
});

describe('keyword rules alone', () => {
  it('suggests the task of a keyword at 0.6 and quotes the keyword', () => {
    expect(suggest({ subject: 'Salon VivaTech' }, { rules: DEFAULT_KEYWORD_RULES })).toEqual([
      {
        code: 'VEIL',
        confidence: 0.6,
        reason: { fr: 'mot-clé « salon »', en: 'keyword "salon"' },
      },
    ]);
  });

  it('is more confident with two keywords of the same task', () => {
    const [suggestion] = suggest(
      { subject: 'Webinar tendances IA' },
      { rules: DEFAULT_KEYWORD_RULES },
    );
    expect(suggestion.code).toBe('VEIL');
    expect(suggestion.confidence).toBeCloseTo(1 - 0.4 ** 2, 10);
    expect(suggestion.reason).toEqual({
      fr: 'mots-clés « webinar », « tendance »',
      en: 'keywords "webinar", "tendance"',
    });
  });
});

describe('learning from past tags', () => {
  it('ranks the recurring series above a keyword of another task', () => {
    const series = { subject: 'Comité produit', seriesMasterId: 'S1', attendeeCount: 3 };
    const suggestions = suggest(
      { subject: 'Préparation salon', seriesMasterId: 'S1', attendeeCount: 3 },
      {
        rules: DEFAULT_KEYWORD_RULES,
        history: [tagged('REU', series), tagged('REU', series), tagged('REU', series)],
      },
    );
    // Series: 0.97 × 3 / (3 + 0.25). Size: the three occurrences are one decision, so
    // 0.15 × 1 / (1 + 1). No shared word. REU: 1 − (1 − 0.8954)(1 − 0.075) = 0.9032.
    expect(summary(suggestions)).toEqual(['REU 0.9032', 'VEIL 0.6000']);
    expect(suggestions[0].confidence).toBeCloseTo(1 - (1 - (0.97 * 3) / 3.25) * (1 - 0.075), 10);
    expect(suggestions[0].reason).toEqual({
      fr: 'même série récurrente que 3 réunions taguées REU',
      en: 'same recurring series as 3 meetings tagged REU',
    });
  });

  it('shares a mixed series between its tasks', () => {
    const series = { subject: 'Hebdo', seriesMasterId: 'S1' };
    const suggestions = suggest(
      { subject: 'Hebdo', seriesMasterId: 'S1' },
      { history: [tagged('REU', series), tagged('REU', series), tagged('MGT', series)] },
    );
    // Series: REU 0.97 × 2/3.25, MGT 0.97 × 1/3.25. The series is one REU decision and one MGT
    // decision: "hebdo" gives each 0.8 × 1/3, the size ("solo") 0.15 × 1/3.
    const rest = (1 - 0.8 / 3) * (1 - 0.05);
    expect(suggestions.map((s) => s.code)).toEqual(['REU', 'MGT']);
    expect(suggestions[0].confidence).toBeCloseTo(1 - (1 - (0.97 * 2) / 3.25) * rest, 10);
    expect(suggestions[1].confidence).toBeCloseTo(1 - (1 - 0.97 / 3.25) * rest, 10);
    expect(summary(suggestions)).toEqual(['REU 0.7192', 'MGT 0.5113']);
    expect(suggestions[1].reason.en).toBe('same recurring series as a meeting tagged MGT');
  });

  it('learns what an organizer’s meetings are about, whatever their subject', () => {
    const boss = { organizer: 'boss@corp.fr', attendeeCount: 1 };
    const client = { organizer: 'client@corp.fr', attendeeCount: 4 };
    const history = [
      tagged('MGT', { ...boss, subject: 'Alpha' }),
      tagged('MGT', { ...boss, subject: 'Bravo' }),
      tagged('MGT', { ...boss, subject: 'Charlie' }),
      tagged('MGT', { ...boss, subject: 'Delta' }),
      tagged('OPE', { ...client, subject: 'Echo' }),
      tagged('OPE', { ...client, subject: 'Foxtrot' }),
    ];
    const suggestions = suggest(
      { subject: 'Golf', organizer: 'Boss@Corp.fr', attendeeCount: 1 },
      { history },
    );
    // Organizer: 0.5 × 4 / (4 + 1) = 0.4; one-to-one size: 0.15 × 4 / (4 + 1) = 0.12.
    expect(suggestions).toEqual([
      {
        code: 'MGT',
        confidence: expect.closeTo(1 - 0.6 * 0.88, 10),
        reason: {
          fr: 'organisateur déjà tagué MGT 4 fois',
          en: 'organizer already tagged MGT 4 times',
        },
      },
    ]);
  });

  it('weighs subject words by how telling they are, and breaks ties by catalog order', () => {
    const suggestions = suggest(
      { subject: 'Budget marketing digital' },
      { history: BUDGET_HISTORY },
      { minConfidence: 0 },
    );
    // Weights ln(1 + 4/n): "budget" (2 decisions) ln 3, "marketing" (3) ln 7/3; they sum to
    // ln 7. "digital" is unknown. Smoothed shares: budget ADM 2/3, marketing 1/4 per task.
    const adm = (0.8 * ((Math.log(3) * 2) / 3 + Math.log(7 / 3) / 4)) / Math.log(7);
    const other = (0.8 * (Math.log(7 / 3) / 4)) / Math.log(7);
    // All four decisions are "solo": 0.15 × 2/5 for ADM, 0.15 × 1/5 for REU and STRAT.
    expect(suggestions.map((s) => s.code)).toEqual(['ADM', 'REU', 'STRAT']);
    expect(suggestions[0].confidence).toBeCloseTo(1 - (1 - adm) * 0.94, 10);
    expect(suggestions[1].confidence).toBeCloseTo(1 - (1 - other) * 0.97, 10);
    expect(suggestions[2].confidence).toBe(suggestions[1].confidence);
    expect(summary(suggestions)).toEqual(['ADM 0.4249', 'REU 0.1145', 'STRAT 0.1145']);
    expect(suggestions[0].reason).toEqual({
      fr: 'mot « Budget » déjà tagué ADM 2 fois sur 2',
      en: 'word "Budget" already tagged ADM 2 times out of 2',
    });
  });

  it('counts a series once for its words, so a weekly meeting does not drown the rest', () => {
    const weekly = { subject: 'Point équipe', seriesMasterId: 'W' };
    const history = [
      ...Array.from({ length: 40 }, () => tagged('MGT', weekly)),
      tagged('REU', { subject: 'Point client' }),
    ];
    const suggestions = suggest({ subject: 'Point presse' }, { history }, { minConfidence: 0 });
    // "point" is in one MGT decision and one REU decision, not 40 against 1: 0.8 × 1/3 each,
    // and both decisions are "solo": 0.15 × 1/3 each. A tie, so catalog order.
    expect(summary(suggestions)).toEqual(['REU 0.3033', 'MGT 0.3033']);
    expect(suggestions[0].confidence).toBeCloseTo(1 - (1 - 0.8 / 3) * (1 - 0.05), 10);
  });

  it('takes the size of a meeting as a hint only, never enough alone', () => {
    const history = [tagged('MGT', { subject: 'Alpha', attendeeCount: 1 })];
    const target = { subject: 'Golf', attendeeCount: 1 };
    expect(suggest(target, { history })).toEqual([]);
    expect(suggest(target, { history }, { minConfidence: 0 })).toEqual([
      {
        code: 'MGT',
        confidence: expect.closeTo(0.075, 10), // 0.15 × 1 / (1 + 1)
        reason: {
          fr: 'réunions en tête-à-tête déjà taguées MGT 1 fois',
          en: 'one-to-one meetings already tagged MGT once',
        },
      },
    ]);
  });

  it('ignores past tags of tasks no longer in the catalog', () => {
    const catalog = DEFAULT_CATALOG.filter((task) => task.code !== 'VEIL');
    const history = [tagged('VEIL', { subject: 'Salon' }), tagged('VEIL', { subject: 'Salon' })];
    expect(suggest({ subject: 'Salon' }, { catalog, history }, { minConfidence: 0 })).toEqual([]);
  });
});

describe('ranking', () => {
  const rules = [
    { code: 'ADM', keywords: ['budget'] },
    { code: 'STRAT', keywords: ['budget'] },
  ];

  it('breaks ties by catalog order', () => {
    expect(summary(suggest({ subject: 'Budget' }, { rules }))).toEqual([
      'ADM 0.6000',
      'STRAT 0.6000',
    ]);
    const reversed = [...DEFAULT_CATALOG].reverse();
    expect(summary(suggest({ subject: 'Budget' }, { rules, catalog: reversed }))).toEqual([
      'STRAT 0.6000',
      'ADM 0.6000',
    ]);
  });

  it('returns at most 3 candidates by default, or as many as asked', () => {
    const target = { subject: 'Réunion budget salon relance' };
    const sources = { rules: DEFAULT_KEYWORD_RULES };
    expect(suggest(target, sources).map((s) => s.code)).toEqual(['REU', 'ADM', 'VEIL']);
    expect(suggest(target, sources, { maxCandidates: 4 }).map((s) => s.code)).toEqual([
      'REU',
      'ADM',
      'VEIL',
      'OPE',
    ]);
    expect(suggest(target, sources, { maxCandidates: 1 }).map((s) => s.code)).toEqual(['REU']);
  });

  it('leaves out candidates below the minimum confidence (0.35 by default)', () => {
    const history = [tagged('MGT', { subject: 'Alpha', organizer: 'boss@corp.fr' })];
    // One past event of the organizer: 0.5 × 1/2, and of the size: 0.15 × 1/2.
    // 1 − 0.75 × 0.925 = 0.30625.
    const target = { subject: 'Golf', organizer: 'boss@corp.fr' };
    expect(suggest(target, { history })).toEqual([]);
    const [lower] = suggest(target, { history }, { minConfidence: 0.3 });
    expect(lower).toMatchObject({ code: 'MGT', confidence: expect.closeTo(0.30625, 10) });
    expect(
      suggest({ subject: 'Salon' }, { rules: DEFAULT_KEYWORD_RULES }, { minConfidence: 0.7 }),
    ).toEqual([]);
  });

  it.each<[SuggestionOptions, string]>([
    [
      { maxCandidates: 0 },
      'The number of suggestions must be a whole number of at least 1 (got 0).',
    ],
    [
      { maxCandidates: 2.5 },
      'The number of suggestions must be a whole number of at least 1 (got 2.5).',
    ],
    [{ minConfidence: 1.5 }, 'The minimum confidence must be a number from 0 to 1 (got 1.5).'],
    [
      { minConfidence: Number.NaN },
      'The minimum confidence must be a number from 0 to 1 (got NaN).',
    ],
  ])('rejects the options %j', (options, message) => {
    expect(
      () => new Suggester({ catalog: DEFAULT_CATALOG, rules: [], history: [] }, options),
    ).toThrow(message);
  });
});

describe('private events', () => {
  it('never quote the subject in a reason, only a matched keyword', () => {
    const history = [
      tagged('VEIL', { subject: 'Rencontre Jeanne Dupont' }),
      tagged('VEIL', { subject: 'Jeanne Dupont' }),
    ];
    const target = { subject: 'Salon Jeanne Dupont', isPrivate: true };
    const suggestions = suggest(target, { history }, { minConfidence: 0 });
    expect(suggestions.map((s) => s.reason)).toEqual([
      {
        fr: 'un mot du sujet déjà tagué VEIL 2 fois sur 2',
        en: 'a word of the subject already tagged VEIL 2 times out of 2',
      },
    ]);
    const withKeyword = suggest(
      target,
      { history, rules: [{ code: 'VEIL', keywords: ['salon'] }] },
      { minConfidence: 0 },
    );
    expect(withKeyword.map((s) => s.reason.en)).toEqual(['keyword "salon"']);
    expect(JSON.stringify(withKeyword)).not.toMatch(/jeanne|dupont/i);
  });

  it('quote a word of a subject that is not private', () => {
    const history = [tagged('VEIL', { subject: 'Jeanne' })];
    const [suggestion] = suggest({ subject: 'Appel Jeanne' }, { history });
    expect(suggestion.reason.fr).toBe('mot « Jeanne » déjà tagué VEIL 1 fois sur 1');
    expect(suggestion.reason.en).toBe('word "Jeanne" already tagged VEIL once out of 1');
  });
});

describe('a whole week', () => {
  function deepFreeze<T>(value: T): T {
    if (typeof value === 'object' && value !== null) {
      Object.values(value).forEach(deepFreeze);
      Object.freeze(value);
    }
    return value;
  }

  it('suggests per event id, changing none of its inputs', () => {
    const events = [
      { id: 'a', ...event({ subject: 'Salon du marketing' }) },
      { id: 'b', ...event({ subject: 'Déjeuner' }) },
      { id: 'c', ...event({ subject: 'Budget marketing' }) },
    ];
    const sources: SuggestionSources = {
      catalog: DEFAULT_CATALOG,
      rules: DEFAULT_KEYWORD_RULES,
      history: BUDGET_HISTORY,
    };
    const before = JSON.stringify({ events, sources });
    const suggestions = suggestForWeek(deepFreeze(events), deepFreeze(sources));
    expect(JSON.stringify({ events, sources })).toBe(before);
    expect([...suggestions.keys()]).toEqual(['a', 'b', 'c']);
    expect(suggestions.get('a')?.map((s) => s.code)).toEqual(['VEIL']);
    expect(suggestions.get('b')).toEqual([]);
    // Keyword "budget" (0.6) and the words of two past ADM budgets agree.
    expect(suggestions.get('c')?.map((s) => s.code)).toEqual(['ADM']);
    expect(suggestions.get('c')?.[0].reason.en).toBe('keyword "budget"');
  });

  it('checks the rules against the catalog', () => {
    expect(() =>
      suggestForWeek([], {
        catalog: DEFAULT_CATALOG.filter((task) => task.code !== 'CRISE'),
        rules: DEFAULT_KEYWORD_RULES,
        history: [],
      }),
    ).toThrow('Keyword rule #8: task "CRISE" is not in the catalog');
  });
});
