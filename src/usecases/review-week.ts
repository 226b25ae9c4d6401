import type { Catalog, Quadrant } from '../core/catalog';
import type { CountingSettings } from '../core/settings';
import { DEFAULT_COUNTING_SETTINGS } from '../core/settings';
import type { LocalizedMessage } from '../core/errors';
import { summarizeWeek } from '../core/summarize';
import type { SummaryJson } from '../core/summary-json';
import { summaryToJson } from '../core/summary-json';
import {
  defaultKeywordRules,
  suggestForWeek,
  tagHistoryFromEvents,
  type Suggestion,
  type TagExample,
} from '../core/suggestions';
import type { LearnedHistory } from '../core/suggestions/learned-history';
import { examplesForWeek } from '../core/suggestions/learned-history';
import { normalizeGraphEvents } from '../core/summarize';
import type { IsoWeek } from '../core/week';
import { DateTime } from 'luxon';
import { weekContaining } from '../core/week';
import type { ExclusionReason } from '../core/week-summary';
import type { GraphEventWithEtag } from '../graph/calendar-view';
import type { GraphClient } from '../graph/client';
import { SCOPES } from '../graph/scopes';
import type { LearnedHistoryCache } from '../storage/learned-history-cache';
import type { SettingsStore } from '../storage/settings-store';
import type { GraphAccess } from './graph-connection';
import { connectGraph } from './graph-connection';
import { learnedHistory } from './learn-from-calendar';
import { learnFromTags } from './learned-suggestions';
import { readTagHistory, rememberTagChanges } from './tag-history-store';
import { readUserSettings } from './user-catalog';

export interface WeekReviewDeps extends GraphAccess {
  readonly settings: SettingsStore;
  readonly learnedHistory: LearnedHistoryCache;
}

/** One event of the week as the review lists it. */
export interface ReviewedEvent {
  readonly id: string;
  /** Blank for a private event. */
  readonly subject: string;
  readonly isPrivate: boolean;
  readonly isAllDay: boolean;
  /** Local, with offset. */
  readonly start: string;
  readonly end: string;
  /** The local day (YYYY-MM-DD) it is listed under. */
  readonly date: string;
  readonly task: string | null;
  readonly quadrant: Quadrant | null;
  readonly hours: number;
  readonly excluded: ExclusionReason | null;
  /** The best suggestion for an untagged event that counts. */
  readonly suggestion: Suggestion | null;
}

/** A week as the review shows it; every figure is `centaure summarize`'s. */
export interface WeekReview {
  readonly week: IsoWeek;
  readonly timeZone: string;
  readonly catalog: Catalog;
  /** The user's counting options, applied again when the week is recounted after tagging. */
  readonly counting: CountingSettings;
  /** The JSON `centaure summarize` prints for the same events, week and zone. */
  readonly figures: SummaryJson;
  /** Grouped by day in start order; within a day, untagged events first. */
  readonly events: readonly ReviewedEvent[];
  /** The week as Graph sent it: tagging updates it, and the figures are counted again from it. */
  readonly raw: readonly GraphEventWithEtag[];
}

function categoriesOf(event: GraphEventWithEtag): string[] {
  return Array.isArray(event.categories) ? event.categories : [];
}

/** Counts (or counts again) a week from its Graph events, with suggestions for untagged events. */
export function countReview(
  raw: readonly GraphEventWithEtag[],
  week: IsoWeek,
  timeZone: string,
  catalog: Catalog,
  history: readonly TagExample[],
  counting: CountingSettings = DEFAULT_COUNTING_SETTINGS,
): WeekReview {
  const summary = summarizeWeek(raw, { week, timeZone, catalog, ...counting });
  const figures = summaryToJson(summary);
  const untagged = summary.events
    .filter((counted) => counted.tag === null && counted.excluded === null)
    .map((counted) => counted.event);
  const suggestions = suggestForWeek(
    untagged,
    { catalog, rules: defaultKeywordRules(catalog), history },
    { maxCandidates: 1 },
  );
  const events = summary.events.map((counted, index): ReviewedEvent => {
    const json = figures.events[index];
    return {
      id: json.id,
      subject: json.subject,
      isPrivate: counted.event.isPrivate,
      isAllDay: counted.event.span.kind === 'allDay',
      start: json.start,
      end: json.end,
      date: counted.date,
      task: json.task,
      quadrant: json.quadrant,
      hours: json.hours,
      excluded: json.excluded,
      suggestion: suggestions.get(json.id)?.[0] ?? null,
    };
  });
  const order = (event: ReviewedEvent) => (event.task === null ? 0 : 1);
  // Array.prototype.sort is stable: start order stays within each group.
  events.sort((a, b) => a.date.localeCompare(b.date) || order(a) - order(b));
  return { week, timeZone, catalog, counting, figures, events, raw };
}

/**
 * What the suggestions learned from the 8 weeks up to the current one: read from the calendar
 * once a week, then from this device. Null when it cannot be had: suggestions then fall back on
 * the roaming history, and the review itself never fails for them.
 */
async function learnedForReview(
  deps: WeekReviewDeps,
  graph: GraphClient,
  catalog: Catalog,
  timeZone: string,
  now: Date,
): Promise<LearnedHistory | null> {
  try {
    const current = weekContaining(DateTime.fromJSDate(now), timeZone);
    return await learnedHistory({ graph, cache: deps.learnedHistory }, catalog, current, timeZone);
  } catch {
    return null;
  }
}

/** The suggestions' examples for a week's events, given what was learned of the last weeks. */
async function examplesForReview(
  deps: WeekReviewDeps,
  catalog: Catalog,
  raw: readonly GraphEventWithEtag[],
  learned: Promise<LearnedHistory | null>,
): Promise<readonly TagExample[]> {
  const [kept, stored] = await Promise.all([learned, readTagHistory(deps.settings, catalog)]);
  return examplesForWeek(kept, stored, normalizeGraphEvents(raw), catalog);
}

/**
 * Reads a week from Graph and counts it with the same functions as `centaure summarize`.
 * Suggestions learn from the user's tags of the last 8 weeks and from the week's own.
 */
export async function reviewWeek(
  deps: WeekReviewDeps,
  query: { week?: IsoWeek; timeZone?: string; now?: Date },
): Promise<WeekReview> {
  const [graph, { readWeek }] = await Promise.all([
    connectGraph(deps, [SCOPES.readCalendar, SCOPES.readMailboxSettings]),
    import('../graph/calendar-view'),
  ]);
  const read = await readWeek(graph, query);
  const { catalog, counting } = await readUserSettings(deps.settings);
  const learned = learnedForReview(deps, graph, catalog, read.timeZone, query.now ?? new Date());
  const history = await examplesForReview(deps, catalog, read.events, learned);
  return countReview(read.events, read.window.week, read.timeZone, catalog, history, counting);
}

/** One event that could not be tagged, and why. */
export interface TagFailure {
  readonly eventId: string;
  readonly message: LocalizedMessage;
}

/**
 * Tags events of the reviewed week in `$batch` requests and counts the week again from
 * what Graph now holds, without reading it again.
 */
export async function tagReviewedEvents(
  deps: WeekReviewDeps,
  review: WeekReview,
  picks: readonly { eventId: string; taskCode: string | null }[],
): Promise<{ review: WeekReview; failures: TagFailure[] }> {
  const [graph, { tagEvents }] = await Promise.all([
    connectGraph(deps, [SCOPES.tagEvents]),
    import('../graph/event-tags'),
  ]);
  const byId = new Map(review.raw.map((event) => [event.id, event]));
  const outcomes = await tagEvents(
    graph,
    review.catalog,
    picks.map(({ eventId, taskCode }) => {
      const event = byId.get(eventId);
      return {
        eventId,
        taskCode,
        categories: event === undefined ? [] : categoriesOf(event),
        etag: event?.['@odata.etag'],
      };
    }),
  );
  const failures: TagFailure[] = [];
  const written = new Map<string, string[]>();
  for (const outcome of outcomes) {
    if (outcome.status === 'failed') {
      failures.push({ eventId: outcome.eventId, message: outcome.error.text });
    } else {
      written.set(outcome.eventId, outcome.categories);
    }
  }
  // The etag is dropped with the old categories: the next write reads the event again first.
  const raw = review.raw.map((event) => {
    const categories = event.id === undefined ? undefined : written.get(event.id);
    if (categories === undefined) return event;
    return { ...event, categories, '@odata.etag': undefined };
  });
  const examples = tagHistoryFromEvents(
    normalizeGraphEvents(raw.filter((event) => event.id !== undefined && written.has(event.id))),
    review.catalog,
  );
  // The tags these events had before are forgotten: suggestions learn from what the user keeps.
  const forgotten = tagHistoryFromEvents(
    normalizeGraphEvents(
      review.raw.filter((event) => event.id !== undefined && written.has(event.id)),
    ),
    review.catalog,
  ).map(({ code, features }) => ({ code, features }));
  // A history that cannot be saved only makes later suggestions weaker; the tags are done.
  const [, learned] = await Promise.allSettled([
    rememberTagChanges(deps.settings, review.catalog, forgotten, examples),
    learnFromTags(deps.learnedHistory, review.catalog, [...written.keys()], examples),
  ]);
  const history = await examplesForReview(
    deps,
    review.catalog,
    raw,
    Promise.resolve(learned.status === 'fulfilled' ? learned.value : null),
  );
  return {
    review: countReview(
      raw,
      review.week,
      review.timeZone,
      review.catalog,
      history,
      review.counting,
    ),
    failures,
  };
}
