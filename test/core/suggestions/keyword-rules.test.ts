import { DEFAULT_CATALOG } from '../../../src/core/catalog';
import { CentaureError, type LocalizedMessage } from '../../../src/core/errors';
import {
  DEFAULT_KEYWORD_RULES,
  defaultKeywordRules,
  KeywordMatcher,
  parseKeywordRules,
  type KeywordRules,
} from '../../../src/core/suggestions';

const defaults = new KeywordMatcher(DEFAULT_KEYWORD_RULES, DEFAULT_CATALOG);

/** "CODE: keyword, keyword" for each task whose keywords the subject holds. */
function hits(subject: string, matcher = defaults): string[] {
  return matcher.evidence(subject).map((e) => {
    if (e.source !== 'keywords') throw new Error(`unexpected ${e.source} evidence`);
    return `${e.code}: ${e.keywords.join(', ')}`;
  });
}

function errorOf(raw: unknown): LocalizedMessage {
  try {
    parseKeywordRules(raw, DEFAULT_CATALOG);
  } catch (error) {
    if (error instanceof CentaureError && error.code === 'invalid-input') return error.text;
  }
  throw new Error('expected an InvalidInputError');
}

describe('keyword matching', () => {
  it('ignores case and accents, both in the subject and in the keyword', () => {
    expect(hits('RÉUNION mensuelle')).toEqual(['REU: réunion']);
    expect(hits('reunion mensuelle')).toEqual(['REU: réunion']);
    expect(hits('Boite de RECEPTION à vider')).toEqual(['MAIL: boîte de réception']);
    expect(hits('Préparer la STRATEGIE')).toEqual(['STRAT: stratégie']);
  });

  it('matches whole words only: "CR" is not in "crème", "mail" not in "mailing"', () => {
    expect(hits('Crème brûlée avec l’équipe client')).toEqual(['MGT: équipe']);
    expect(hits('CR du comité')).toEqual(['REU: CR, comité']);
    expect(hits('Mailing clients')).toEqual([]);
    expect(hits('Répondre aux mails')).toEqual(['MAIL: mail']);
    expect(hits('Planning des congés')).toEqual(['ADM: congé']);
  });

  it('accepts a plural s or x on each word of a keyword', () => {
    expect(hits('Salons du printemps')).toEqual(['VEIL: salon']);
    expect(hits('Notes de frais de mars')).toEqual(['ADM: note de frais']);
  });

  it('lets spaces and dashes inside a phrase stand for each other', () => {
    expect(hits('Compte-rendu du lancement')).toEqual(['REU: compte rendu', 'OPE: lancement']);
    expect(hits('One to one with Marie')).toEqual(['MGT: one-to-one']);
  });

  it('keeps punctuation that is part of a keyword: "1:1" is not in "11:15"', () => {
    expect(hits('1:1 Paul')).toEqual(['MGT: 1:1']);
    expect(hits('Sync 11:15')).toEqual(['REU: sync']);
  });

  it('gives an overlap to the longest keyword: "budget annuel" is STRAT, not also ADM', () => {
    expect(hits('Budget annuel 2027')).toEqual(['STRAT: budget annuel']);
    expect(hits('Point individuel Léa')).toEqual(['MGT: point individuel']);
    expect(hits('Point budget')).toEqual(['REU: point', 'ADM: budget']);
  });

  it('ignores a [CODE] prefix, which is a tag and not a word of the subject', () => {
    const matcher = new KeywordMatcher([{ code: 'REU', keywords: ['CR'] }], DEFAULT_CATALOG);
    expect(hits('[CR] Bilan', matcher)).toEqual([]);
    expect(hits('Bilan [CR]', matcher)).toEqual(['REU: CR']);
  });

  it('spells out ligatures: "cœur" finds "COEUR"', () => {
    const matcher = new KeywordMatcher([{ code: 'STRAT', keywords: ['cœur'] }], DEFAULT_CATALOG);
    expect(hits('Offre COEUR de cible', matcher)).toEqual(['STRAT: cœur']);
  });

  it('adds up several keywords of one task: 1 - 0.4^n', () => {
    const [one] = defaults.evidence('Salon');
    const [two] = defaults.evidence('Webinar tendances IA');
    expect(one).toMatchObject({ code: 'VEIL', strength: 0.6 });
    expect(two).toMatchObject({ code: 'VEIL', keywords: ['webinar', 'tendance'] });
    expect(two.strength).toBeCloseTo(0.84, 10);
  });
});

describe('default keyword rules', () => {
  it('pass their own validation against the default catalog, one rule per task', () => {
    expect(parseKeywordRules(DEFAULT_KEYWORD_RULES, DEFAULT_CATALOG)).toEqual(
      DEFAULT_KEYWORD_RULES,
    );
    expect(DEFAULT_KEYWORD_RULES.map((rule) => rule.code)).toEqual(
      DEFAULT_CATALOG.map((task) => task.code),
    );
  });

  it('keep only the tasks a trimmed catalog still has', () => {
    const catalog = DEFAULT_CATALOG.filter((task) => task.code !== 'CRISE');
    const rules = defaultKeywordRules(catalog);
    expect(rules.map((rule) => rule.code)).toEqual([
      'MAIL',
      'REU',
      'ADM',
      'VEIL',
      'OPE',
      'MGT',
      'STRAT',
    ]);
    expect(() => new KeywordMatcher(rules, catalog)).not.toThrow();
  });
});

describe('keyword rule validation', () => {
  it('trims keywords and upper-cases codes', () => {
    expect(
      parseKeywordRules([{ code: ' veil ', keywords: ['  salon '] }], DEFAULT_CATALOG),
    ).toEqual([{ code: 'VEIL', keywords: ['salon'] }]);
  });

  it('accepts a task with no keywords', () => {
    const rules: KeywordRules = [{ code: 'MAIL', keywords: [] }];
    expect(parseKeywordRules(rules, DEFAULT_CATALOG)).toEqual(rules);
  });

  it.each<[string, unknown, LocalizedMessage]>([
    [
      'rules that are not a list',
      { REU: ['point'] },
      {
        fr: 'Les règles de mots-clés doivent être un tableau JSON.',
        en: 'Keyword rules must be a JSON array.',
      },
    ],
    [
      'a rule that is not an object',
      ['REU'],
      {
        fr: 'Règle de mots-clés n° 1 : une règle doit être un objet avec « code » et « keywords »',
        en: 'Keyword rule #1: a rule must be an object with "code" and "keywords"',
      },
    ],
    [
      'a task that is not in the catalog',
      [
        { code: 'REU', keywords: ['point'] },
        { code: 'ZZZ', keywords: ['x'] },
      ],
      {
        fr: 'Règle de mots-clés n° 2 : la tâche « ZZZ » n’est pas dans le catalogue',
        en: 'Keyword rule #2: task "ZZZ" is not in the catalog',
      },
    ],
    [
      'a missing code',
      [{ keywords: ['x'] }],
      {
        fr: 'Règle de mots-clés n° 1 : « code » doit être le code d’une tâche du catalogue',
        en: 'Keyword rule #1: "code" must be the code of a catalog task',
      },
    ],
    [
      'two rules for one task',
      [
        { code: 'REU', keywords: ['point'] },
        { code: 'reu', keywords: ['meeting'] },
      ],
      {
        fr: 'Règle de mots-clés n° 2 : REU a déjà une règle (n° 1)',
        en: 'Keyword rule #2: REU already has a rule (#1)',
      },
    ],
    [
      'keywords that are not a list',
      [{ code: 'REU', keywords: 'point' }],
      {
        fr: 'Règle de mots-clés n° 1 : les mots-clés de REU doivent être une liste de textes',
        en: 'Keyword rule #1: the keywords of REU must be a list of texts',
      },
    ],
    [
      'a keyword that is not text',
      [{ code: 'REU', keywords: ['point', 42] }],
      {
        fr: 'Règle de mots-clés n° 1 : le mot-clé n° 2 de REU doit être un texte',
        en: 'Keyword rule #1: keyword #2 of REU must be text',
      },
    ],
    [
      'an empty keyword',
      [{ code: 'VEIL', keywords: ['salon', '   '] }],
      {
        fr: 'Règle de mots-clés n° 1 : le mot-clé n° 2 de VEIL est vide',
        en: 'Keyword rule #1: keyword #2 of VEIL is empty',
      },
    ],
    [
      'a keyword with no letter or digit',
      [{ code: 'VEIL', keywords: ['--'] }],
      {
        fr: 'Règle de mots-clés n° 1 : le mot-clé n° 1 de VEIL (« -- ») ne contient ni lettre ni chiffre',
        en: 'Keyword rule #1: keyword #1 of VEIL ("--") has no letter or digit',
      },
    ],
    [
      'a keyword longer than 60 characters',
      [{ code: 'VEIL', keywords: ['a'.repeat(61)] }],
      {
        fr: `Règle de mots-clés n° 1 : le mot-clé n° 1 de VEIL (« ${'a'.repeat(29)}… ») dépasse 60 caractères`,
        en: `Keyword rule #1: keyword #1 of VEIL ("${'a'.repeat(29)}…") is longer than 60 characters`,
      },
    ],
  ])('rejects %s with a message in both languages', (_, raw, message) => {
    expect(errorOf(raw)).toEqual(message);
  });

  it('checks the rules when a matcher is built', () => {
    expect(
      () => new KeywordMatcher([{ code: 'ZZZ', keywords: ['salon'] }], DEFAULT_CATALOG),
    ).toThrow('Keyword rule #1: task "ZZZ" is not in the catalog');
  });
});
