import type { Catalog } from '../catalog';
import { givenValue } from '../given-value';
import type { CalendarEvent } from '../calendar-event';
import { InvalidInputError, type LocalizedMessage } from '../errors';
import { EVIDENCE_SOURCES, type Evidence } from './evidence';
import { extractFeatures, subjectWords } from './features';
import { KeywordMatcher, type KeywordRules } from './keyword-rules';
import { reasonFor } from './reasons';
import type { TagExample } from './tag-history';
import { TagHistoryModel } from './tag-history-model';

/** A task the user may pick for an event; Centaure never applies it without a click. */
export interface Suggestion {
  readonly code: string;
  /** 0..1: how strongly the evidence points to the task. */
  readonly confidence: number;
  /** Why, from the strongest piece of evidence. */
  readonly reason: LocalizedMessage;
}

export interface SuggestionSources {
  readonly catalog: Catalog;
  readonly rules: KeywordRules;
  readonly history: readonly TagExample[];
}

export interface SuggestionOptions {
  /** At most this many candidates per event (default 3). */
  readonly maxCandidates?: number;
  /** Candidates below this confidence are left out (default 0.35). */
  readonly minConfidence?: number;
}

export const DEFAULT_MAX_CANDIDATES = 3;
// Above the 0.31 of one past event with the same organizer and size: too thin to suggest.
export const DEFAULT_MIN_CONFIDENCE = 0.35;

export type SuggestableEvent = Pick<
  CalendarEvent,
  'subject' | 'isPrivate' | 'organizer' | 'attendeeCount' | 'seriesMasterId'
>;

function checkOptions(options: SuggestionOptions): Required<SuggestionOptions> {
  const maxCandidates = options.maxCandidates ?? DEFAULT_MAX_CANDIDATES;
  const minConfidence = options.minConfidence ?? DEFAULT_MIN_CONFIDENCE;
  if (!Number.isInteger(maxCandidates) || maxCandidates < 1) {
    throw new InvalidInputError({
      fr: `Le nombre de suggestions doit être un entier d’au moins 1 (reçu : ${givenValue(maxCandidates).fr}).`,
      en: `The number of suggestions must be a whole number of at least 1 (got ${givenValue(maxCandidates).en}).`,
    });
  }
  if (!(minConfidence >= 0 && minConfidence <= 1)) {
    throw new InvalidInputError({
      fr: `La confiance minimale doit être un nombre entre 0 et 1 (reçu : ${givenValue(minConfidence).fr}).`,
      en: `The minimum confidence must be a number from 0 to 1 (got ${givenValue(minConfidence).en}).`,
    });
  }
  return { maxCandidates, minConfidence };
}

function rank(evidence: Evidence): number {
  return EVIDENCE_SOURCES.indexOf(evidence.source);
}

/**
 * Suggests tasks for events from keyword rules and the user's past tags. Build it once per
 * catalog, rules and history (validation and learning happen here), then ask per event.
 */
export class Suggester {
  private readonly codes: string[];
  private readonly keywords: KeywordMatcher;
  private readonly model: TagHistoryModel;
  private readonly options: Required<SuggestionOptions>;

  constructor(sources: SuggestionSources, options: SuggestionOptions = {}) {
    this.options = checkOptions(options);
    this.codes = sources.catalog.map((task) => task.code);
    this.keywords = new KeywordMatcher(sources.rules, sources.catalog);
    this.model = new TagHistoryModel(sources.history, sources.catalog);
  }

  /** Ranked candidates: confidence first, then catalog order. */
  suggest(event: SuggestableEvent): Suggestion[] {
    const evidence = [
      ...this.keywords.evidence(event.subject),
      ...this.model.evidence(extractFeatures(event)),
    ].sort((a, b) => rank(a) - rank(b));
    const context = {
      isPrivate: event.isPrivate,
      surfaceOf: (key: string) =>
        subjectWords(event.subject).find((word) => word.key === key)?.surface ?? key,
    };
    return (
      this.codes
        .flatMap((code) => {
          const forTask = evidence.filter((e) => e.code === code);
          if (forTask.length === 0) return [];
          // Sources are treated as independent chances of being right (noisy-OR): agreement
          // raises the confidence, and it can never leave 0..1.
          const doubt = forTask.reduce((product, e) => product * (1 - e.strength), 1);
          const strongest = forTask.reduce((best, e) => (e.strength > best.strength ? e : best));
          return [{ code, confidence: 1 - doubt, reason: reasonFor(strongest, context) }];
        })
        .filter((candidate) => candidate.confidence >= this.options.minConfidence)
        // The sort is stable: equal confidences keep catalog order.
        .sort((a, b) => b.confidence - a.confidence)
        .slice(0, this.options.maxCandidates)
    );
  }
}

/**
 * Suggestions for each event of a week (normally its untagged events), by event id. Reads
 * its inputs only: nothing is tagged and nothing is changed.
 */
export function suggestForWeek(
  events: readonly (SuggestableEvent & Pick<CalendarEvent, 'id'>)[],
  sources: SuggestionSources,
  options: SuggestionOptions = {},
): Map<string, Suggestion[]> {
  const suggester = new Suggester(sources, options);
  return new Map(events.map((event) => [event.id, suggester.suggest(event)]));
}
