import type { Quadrant } from './catalog';
import { QUADRANTS } from './catalog';
import { formatLocal } from './week';
import type { ExclusionReason, TagSource, WeekSummary } from './week-summary';
import { hoursFromMinutes, importantShareOf, roundTo2, shareOfTagged } from './week-summary';

/** The JSON that `centaure summarize` prints (SPEC §7). */
export interface SummaryJson {
  week: { iso: string; timeZone: string; start: string; end: string };
  totals: {
    countedHours: number;
    taggedHours: number;
    untaggedHours: number;
    overlapHours: number;
    importantShare: number;
  };
  quadrants: Record<Quadrant, number>;
  tasks: Array<{
    code: string;
    quadrant: Quadrant;
    plannedHours: number;
    actualHours: number;
    deltaHours: number;
    events: number;
  }>;
  events: Array<{
    id: string;
    /** Blank for private events: their subject never leaves the mailbox. */
    subject: string;
    start: string;
    end: string;
    task: string | null;
    tagSource: TagSource | null;
    quadrant: Quadrant | null;
    hours: number;
    excluded: ExclusionReason | null;
    ambiguous: boolean;
  }>;
}

export function summaryToJson(summary: WeekSummary): SummaryJson {
  const { window } = summary;
  return {
    week: {
      iso: window.iso,
      timeZone: window.timeZone,
      start: formatLocal(window.start),
      end: formatLocal(window.end),
    },
    totals: {
      countedHours: hoursFromMinutes(summary.countedMinutes),
      taggedHours: hoursFromMinutes(summary.taggedMinutes),
      untaggedHours: hoursFromMinutes(summary.untaggedMinutes),
      overlapHours: hoursFromMinutes(summary.overlapMinutes),
      importantShare: roundTo2(importantShareOf(summary.quadrantMinutes, summary.taggedMinutes)),
    },
    quadrants: Object.fromEntries(
      QUADRANTS.map((q) => [q, hoursFromMinutes(summary.quadrantMinutes[q])]),
    ) as Record<Quadrant, number>,
    tasks: summary.tasks.map(({ task, minutes, events }) => {
      const actualHours = hoursFromMinutes(minutes);
      const plannedHours = roundTo2(task.plannedHours);
      // From the rounded figures, so that actual - planned = delta holds in what the user reads.
      return {
        code: task.code,
        quadrant: task.quadrant,
        plannedHours,
        actualHours,
        deltaHours: roundTo2(actualHours - plannedHours),
        events,
      };
    }),
    events: summary.events.map((counted) => ({
      id: counted.event.id,
      subject: counted.event.isPrivate ? '' : counted.event.subject,
      start: counted.start,
      end: counted.end,
      task: counted.tag?.task.code ?? null,
      tagSource: counted.tag?.source ?? null,
      quadrant: counted.quadrant,
      hours: counted.excluded === null ? hoursFromMinutes(counted.minutes) : 0,
      excluded: counted.excluded,
      ambiguous: counted.tag?.ambiguous ?? false,
    })),
  };
}

/** Each quadrant's share of the tagged hours, as the report and the workbook show it (0 when nothing is tagged). */
export function quadrantShares(figures: SummaryJson): Record<Quadrant, number> {
  const tagged = figures.totals.taggedHours;
  return Object.fromEntries(
    QUADRANTS.map((q) => [q, shareOfTagged(figures.quadrants[q], tagged)]),
  ) as Record<Quadrant, number>;
}
