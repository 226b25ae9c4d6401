import type { Catalog } from '../catalog';
import type { Evidence } from './evidence';
import type { AttendeeBucket, EventFeatures } from './features';
import type { TagExample } from './tag-history';

/*
 * Each source estimates P(task | feature) as count / (total + pseudo-count): the pseudo-count
 * keeps a feature seen once from sounding certain. The reliability caps what the source alone
 * can claim: a recurring series is nearly always tagged alike, an organizer often, a meeting
 * size only hints.
 */
const SERIES = { reliability: 0.97, pseudoCount: 0.25 };
const WORDS = { reliability: 0.8, pseudoCount: 1 };
const ORGANIZER = { reliability: 0.5, pseudoCount: 1 };
const ATTENDEES = { reliability: 0.15, pseudoCount: 1 };

/** Counts per task (indexed by catalog position) for each value of a feature. */
class Tally {
  private readonly counts = new Map<string, number[]>();

  constructor(private readonly taskCount: number) {}

  add(value: string, taskIndex: number): void {
    let counts = this.counts.get(value);
    if (counts === undefined) {
      counts = new Array<number>(this.taskCount).fill(0);
      this.counts.set(value, counts);
    }
    counts[taskIndex] += 1;
  }

  get(value: string | null): readonly number[] | undefined {
    return value === null ? undefined : this.counts.get(value);
  }
}

function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}

interface Decision {
  taskIndex: number;
  words: Set<string>;
  organizers: Set<string>;
  buckets: Set<AttendeeBucket>;
}

/**
 * What the user's past tags say about an event. Learning only counts, so the model does not
 * depend on the order of the history; a suggestion costs O(words × tasks) whatever its size.
 */
export class TagHistoryModel {
  private readonly codes: string[];
  private readonly series: Tally;
  private readonly words: Tally;
  private readonly organizers: Tally;
  private readonly buckets: Tally;
  private readonly decisionCount: number;

  constructor(history: readonly TagExample[], catalog: Catalog) {
    this.codes = catalog.map((task) => task.code);
    const taskCount = this.codes.length;
    this.series = new Tally(taskCount);
    this.words = new Tally(taskCount);
    this.organizers = new Tally(taskCount);
    this.buckets = new Tally(taskCount);
    // A weekly meeting tagged 40 times is one decision of the user, not 40: occurrences of a
    // series with the same task count once for words, organizer and size, so that one series
    // does not drown the rest of the history.
    const decisions = new Map<string, Decision>();
    history.forEach((example, position) => {
      const taskIndex = this.codes.indexOf(example.code);
      // Tasks since removed from the catalog cannot be suggested, so their tags teach nothing.
      if (taskIndex < 0) return;
      const { seriesId } = example.features;
      if (seriesId !== null) this.series.add(seriesId, taskIndex);
      const key = seriesId === null ? `event ${position}` : `series ${taskIndex} ${seriesId}`;
      const decision = decisions.get(key) ?? {
        taskIndex,
        words: new Set<string>(),
        organizers: new Set<string>(),
        buckets: new Set<AttendeeBucket>(),
      };
      example.features.words.forEach((word) => decision.words.add(word));
      if (example.features.organizer !== null) decision.organizers.add(example.features.organizer);
      decision.buckets.add(example.features.attendees);
      decisions.set(key, decision);
    });
    for (const decision of decisions.values()) {
      decision.words.forEach((word) => this.words.add(word, decision.taskIndex));
      decision.organizers.forEach((organizer) =>
        this.organizers.add(organizer, decision.taskIndex),
      );
      decision.buckets.forEach((bucket) => this.buckets.add(bucket, decision.taskIndex));
    }
    this.decisionCount = decisions.size;
  }

  /** Evidence from the history, source by source, tasks in catalog order. */
  evidence(features: EventFeatures): Evidence[] {
    return [
      ...this.shares(this.series.get(features.seriesId), SERIES).map((share) => ({
        source: 'series' as const,
        ...share,
      })),
      ...this.wordEvidence(features.words),
      ...this.shares(this.organizers.get(features.organizer), ORGANIZER).map((share) => ({
        source: 'organizer' as const,
        ...share,
      })),
      ...this.shares(this.buckets.get(features.attendees), ATTENDEES).map((share) => ({
        source: 'attendees' as const,
        bucket: features.attendees,
        ...share,
      })),
    ];
  }

  private shares(
    counts: readonly number[] | undefined,
    { reliability, pseudoCount }: { reliability: number; pseudoCount: number },
  ): { code: string; strength: number; count: number }[] {
    if (counts === undefined) return [];
    const total = sum(counts);
    return this.codes.flatMap((code, i) =>
      counts[i] > 0
        ? [{ code, strength: (reliability * counts[i]) / (total + pseudoCount), count: counts[i] }]
        : [],
    );
  }

  /**
   * The average of P(task | word) over the subject's known words, each weighted by its
   * inverse document frequency so that a word on every other meeting ("point", "projet")
   * counts less than a telling one ("budget").
   */
  private wordEvidence(words: readonly string[]): Evidence[] {
    const known = words.flatMap((word) => {
      const counts = this.words.get(word);
      if (counts === undefined) return [];
      const total = sum(counts);
      return [{ word, counts, total, weight: Math.log(1 + this.decisionCount / total) }];
    });
    const totalWeight = sum(known.map((entry) => entry.weight));
    return this.codes.flatMap((code, i) => {
      let weighted = 0;
      let best: (typeof known)[number] | undefined;
      let bestScore = 0;
      for (const entry of known) {
        const score = (entry.weight * entry.counts[i]) / (entry.total + WORDS.pseudoCount);
        weighted += score;
        if (score > bestScore) {
          best = entry;
          bestScore = score;
        }
      }
      if (best === undefined) return [];
      return [
        {
          source: 'words',
          code,
          strength: (WORDS.reliability * weighted) / totalWeight,
          word: best.word,
          count: best.counts[i],
          total: best.total,
        },
      ];
    });
  }
}
