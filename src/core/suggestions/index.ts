export {
  Suggester,
  suggestForWeek,
  DEFAULT_MAX_CANDIDATES,
  DEFAULT_MIN_CONFIDENCE,
  type Suggestion,
  type SuggestionSources,
  type SuggestionOptions,
  type SuggestableEvent,
} from './suggest';
export {
  parseKeywordRules,
  KeywordMatcher,
  MAX_KEYWORD_LENGTH,
  type KeywordRule,
  type KeywordRules,
} from './keyword-rules';
export { DEFAULT_KEYWORD_RULES, defaultKeywordRules } from './default-keyword-rules';
export {
  extractFeatures,
  attendeeBucket,
  ATTENDEE_BUCKETS,
  type AttendeeBucket,
  type EventFeatures,
  type FeatureSource,
} from './features';
export { tagExample, tagHistoryFromEvents, type TagExample } from './tag-history';
export { foldText } from './fold-text';
export type { Evidence, EvidenceSource } from './evidence';
