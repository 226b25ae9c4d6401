import type { Catalog } from '../catalog';
import { InvalidInputError, oneLine } from '../errors';
import type { Evidence } from './evidence';
import { withoutSubjectCodePrefix } from '../tag-resolution';
import { foldText } from './fold-text';

/** The keywords and phrases that point to one task; the user edits them. */
export interface KeywordRule {
  readonly code: string;
  readonly keywords: readonly string[];
}

export type KeywordRules = readonly KeywordRule[];

export const MAX_KEYWORD_LENGTH = 60;
/** How likely one matched keyword makes its task; each further keyword of the task adds to it. */
export const KEYWORD_STRENGTH = 0.6;

const WORD_CHARACTER = /[\p{L}\p{N}]/u;
const SEPARATORS = /[\s\p{Pd}]+/u;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function fail(index: number, fr: string, en: string): never {
  throw new InvalidInputError({
    fr: `Règle de mots-clés n° ${index + 1} : ${fr}`,
    en: `Keyword rule #${index + 1}: ${en}`,
  });
}

function parseKeyword(raw: unknown, code: string, ruleIndex: number, index: number): string {
  const where = {
    fr: `mot-clé n° ${index + 1} de ${code}`,
    en: `keyword #${index + 1} of ${code}`,
  };
  if (typeof raw !== 'string') {
    fail(ruleIndex, `le ${where.fr} doit être un texte`, `${where.en} must be text`);
  }
  const keyword = raw.trim();
  if (keyword === '') {
    fail(ruleIndex, `le ${where.fr} est vide`, `${where.en} is empty`);
  }
  const shown = oneLine(keyword, 30);
  if (!WORD_CHARACTER.test(foldText(keyword))) {
    fail(
      ruleIndex,
      `le ${where.fr} (« ${shown} ») ne contient ni lettre ni chiffre`,
      `${where.en} ("${shown}") has no letter or digit`,
    );
  }
  if (keyword.length > MAX_KEYWORD_LENGTH) {
    fail(
      ruleIndex,
      `le ${where.fr} (« ${shown} ») dépasse ${MAX_KEYWORD_LENGTH} caractères`,
      `${where.en} ("${shown}") is longer than ${MAX_KEYWORD_LENGTH} characters`,
    );
  }
  return keyword;
}

/**
 * Checks keyword rules (typed, or read from JSON) against the catalog and returns them with
 * codes upper-cased and keywords trimmed, or throws an {@link InvalidInputError}.
 */
export function parseKeywordRules(raw: unknown, catalog: Catalog): KeywordRules {
  if (!Array.isArray(raw)) {
    throw new InvalidInputError({
      fr: 'Les règles de mots-clés doivent être un tableau JSON.',
      en: 'Keyword rules must be a JSON array.',
    });
  }
  const ruleOf = new Map<string, number>();
  return raw.map((rule: unknown, index): KeywordRule => {
    if (!isRecord(rule)) {
      fail(
        index,
        'une règle doit être un objet avec « code » et « keywords »',
        'a rule must be an object with "code" and "keywords"',
      );
    }
    if (typeof rule.code !== 'string' || rule.code.trim() === '') {
      fail(
        index,
        '« code » doit être le code d’une tâche du catalogue',
        '"code" must be the code of a catalog task',
      );
    }
    const code = rule.code.trim().toUpperCase();
    if (!catalog.some((task) => task.code === code)) {
      const shown = oneLine(rule.code, 20);
      fail(
        index,
        `la tâche « ${shown} » n’est pas dans le catalogue`,
        `task "${shown}" is not in the catalog`,
      );
    }
    const previous = ruleOf.get(code);
    if (previous !== undefined) {
      fail(
        index,
        `${code} a déjà une règle (n° ${previous + 1})`,
        `${code} already has a rule (#${previous + 1})`,
      );
    }
    ruleOf.set(code, index);
    if (!Array.isArray(rule.keywords)) {
      fail(
        index,
        `les mots-clés de ${code} doivent être une liste de textes`,
        `the keywords of ${code} must be a list of texts`,
      );
    }
    const keywords = rule.keywords.map((keyword: unknown, k) =>
      parseKeyword(keyword, code, index, k),
    );
    return { code, keywords };
  });
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/**
 * A keyword matches whole words of the folded subject. Spaces and dashes inside it match any
 * run of spaces or dashes ("compte rendu" finds "Compte-rendu"), and each word may take a
 * plural s or x ("salon" finds "Salons"), so users need not list every spelling.
 */
function keywordPattern(words: readonly string[]): RegExp {
  const body = words
    .map((word) => escapeRegExp(word) + (/\p{L}$/u.test(word) ? '[sx]?' : ''))
    .join('[\\s\\p{Pd}]+');
  return new RegExp(`(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])`, 'gu');
}

/**
 * One keyword, its regular expression made on first use: building and first running a Unicode
 * expression costs about a millisecond each, and the pane tests one subject against every
 * keyword before its first render, most of which are not in the subject at all.
 */
class CompiledKeyword {
  private readonly words: readonly string[];
  private compiled: RegExp | null = null;

  constructor(
    readonly code: string,
    readonly keyword: string,
  ) {
    this.words = foldText(keyword)
      .split(SEPARATORS)
      .filter((word) => word !== '');
  }

  /** Where the keyword is in `text` (folded); a match needs its first word, verbatim. */
  *matches(text: string): Generator<{ start: number; end: number }> {
    if (this.words.length === 0 || !text.includes(this.words[0])) return;
    this.compiled ??= keywordPattern(this.words);
    const pattern = this.compiled;
    pattern.lastIndex = 0;
    for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
      yield { start: match.index, end: match.index + match[0].length };
    }
  }
}

interface Hit {
  keyword: CompiledKeyword;
  start: number;
  end: number;
}

/** Finds the keywords of validated rules in subjects. */
export class KeywordMatcher {
  private readonly keywords: CompiledKeyword[];

  constructor(rules: KeywordRules, catalog: Catalog) {
    this.keywords = parseKeywordRules(rules, catalog).flatMap((rule) =>
      rule.keywords.map((keyword) => new CompiledKeyword(rule.code, keyword)),
    );
    // The expressions are made on first use, but a runtime that cannot make them (look-behind
    // and \p{…}, ECMAScript 2018: classic Outlook's ECMAScript 2016 one) must say so here,
    // where callers fall back to rules-free suggestions, not in the middle of a match.
    if (this.keywords.length > 0) keywordPattern(['a']);
  }

  /** One piece of evidence per task with a keyword in the subject, in rule order. */
  evidence(subject: string): Evidence[] {
    const text = foldText(withoutSubjectCodePrefix(subject));
    const hits: Hit[] = [];
    for (const keyword of this.keywords) {
      for (const { start, end } of keyword.matches(text)) hits.push({ keyword, start, end });
    }
    // The longest match wins: "budget annuel" (STRAT) is not also "budget" (ADM).
    const kept = hits.filter(
      (hit) =>
        !hits.some(
          (other) =>
            other.start <= hit.start &&
            other.end >= hit.end &&
            other.end - other.start > hit.end - hit.start,
        ),
    );
    const byCode = new Map<string, string[]>();
    for (const { keyword } of kept) {
      const found = byCode.get(keyword.code) ?? [];
      if (!found.includes(keyword.keyword)) found.push(keyword.keyword);
      byCode.set(keyword.code, found);
    }
    return [...byCode].map(([code, keywords]) => ({
      source: 'keywords',
      code,
      strength: 1 - (1 - KEYWORD_STRENGTH) ** keywords.length,
      keywords,
    }));
  }
}
