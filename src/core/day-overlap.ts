/** A piece of one event inside one local day, in whole epoch minutes. */
export interface DaySegment {
  owner: number;
  start: number;
  end: number;
}

export interface SharedDay {
  /** Minutes credited to each owner: overlapped minutes are split equally (SPEC §4.4). */
  minutesByOwner: Map<number, number>;
  /** Minutes covered by at least one segment. */
  busyMinutes: number;
  /** Minutes covered by two or more segments. */
  overlapMinutes: number;
}

/** Sweeps a day's segments once, so the day's credited time equals the union of its busy time. */
export function shareDay(segments: readonly DaySegment[]): SharedDay {
  const changes: Array<{ at: number; owner: number; delta: 1 | -1 }> = [];
  for (const segment of segments) {
    if (segment.end <= segment.start) continue;
    changes.push({ at: segment.start, owner: segment.owner, delta: 1 });
    changes.push({ at: segment.end, owner: segment.owner, delta: -1 });
  }
  changes.sort((a, b) => a.at - b.at || a.delta - b.delta);

  const minutesByOwner = new Map<number, number>();
  for (const segment of segments) minutesByOwner.set(segment.owner, 0);
  // An owner may have several segments in one day only if the input did; count it once per minute.
  const active = new Map<number, number>();
  let busyMinutes = 0;
  let overlapMinutes = 0;
  let previous = changes.length > 0 ? changes[0].at : 0;
  for (const change of changes) {
    const length = change.at - previous;
    if (length > 0 && active.size > 0) {
      busyMinutes += length;
      if (active.size > 1) overlapMinutes += length;
      const share = length / active.size;
      for (const owner of active.keys()) {
        minutesByOwner.set(owner, (minutesByOwner.get(owner) ?? 0) + share);
      }
    }
    previous = change.at;
    const depth = (active.get(change.owner) ?? 0) + change.delta;
    if (depth === 0) active.delete(change.owner);
    else active.set(change.owner, depth);
  }
  return { minutesByOwner, busyMinutes, overlapMinutes };
}
