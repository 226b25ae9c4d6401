import { performance } from 'node:perf_hooks';

export interface BenchResult {
  /** Median wall time of one run, in milliseconds. */
  medianMs: number;
  runs: number;
  /** Extra figures a bench wants to show (sizes, counts, memory). */
  details?: Record<string, string | number>;
  /** More lines to print under the result (a breakdown). */
  lines?: string[];
}

export interface Bench {
  name: string;
  run: () => Promise<BenchResult>;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Runs `work` once to warm up, then `runs` times, and returns the median duration. */
export async function timeMedian(
  runs: number,
  work: () => unknown,
): Promise<{ medianMs: number; runs: number }> {
  await work();
  const durations: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const started = performance.now();
    await work();
    durations.push(performance.now() - started);
  }
  return { medianMs: median(durations), runs };
}

/** A small deterministic pseudo-random generator, so every bench run sees the same data. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
