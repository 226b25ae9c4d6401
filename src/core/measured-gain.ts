import type { Catalog, Task } from './catalog';
import type { WeeklyHistory } from './history';
import { roundTo2 } from './week-summary';

/** Fewer weeks than this on either side of `aiSince` and an average says more about chance than AI. */
export const MIN_WEEKS_PER_SIDE = 3;

interface GainBase {
  code: string;
  label: Task['label'];
  aiSince: string;
  weeksBefore: number;
  weeksAfter: number;
}

/**
 * Step 5 for one task: average weekly hours before and after `aiSince`. A week counts as
 * "after" when it starts on or after that date. Averages are of the weekly hours as the
 * workbook keeps them (2 decimals) and rounded to 2 decimals; the change is after − before;
 * the percent is the change over before, rounded to 3 decimals (−0.253 is −25.3 %), null when
 * there were no hours before. The workbook's dashboard computes the same, with the same roundings.
 */
export type TaskGain =
  | (GainBase & {
      status: 'measured';
      beforeHours: number;
      afterHours: number;
      changeHours: number;
      changeShare: number | null;
    })
  | (GainBase & { status: 'notEnoughWeeks' });

const average = (values: readonly number[]) =>
  roundTo2(values.reduce((sum, value) => sum + value, 0) / values.length);

/** The measured gain of every task of the catalog with an `aiSince` date, in catalog order. */
export function measuredGains(catalog: Catalog, history: WeeklyHistory): TaskGain[] {
  return catalog.flatMap((task): TaskGain[] => {
    if (task.aiSince === undefined) return [];
    const aiSince = task.aiSince;
    const before: number[] = [];
    const after: number[] = [];
    for (const record of history) {
      const hours = record.taskHours[task.code];
      if (hours === undefined) continue;
      (record.weekStart < aiSince ? before : after).push(hours);
    }
    const base = {
      code: task.code,
      label: task.label,
      aiSince,
      weeksBefore: before.length,
      weeksAfter: after.length,
    };
    if (before.length < MIN_WEEKS_PER_SIDE || after.length < MIN_WEEKS_PER_SIDE) {
      return [{ ...base, status: 'notEnoughWeeks' }];
    }
    const beforeHours = average(before);
    const afterHours = average(after);
    const changeHours = roundTo2(afterHours - beforeHours);
    return [
      {
        ...base,
        status: 'measured',
        beforeHours,
        afterHours,
        changeHours,
        changeShare:
          beforeHours === 0 ? null : Math.round((changeHours / beforeHours) * 1000) / 1000,
      },
    ];
  });
}

/** The range of productivity gains a 2024 survey of ~30 French marketing directors reported (SPEC §1). */
export const SURVEY_GAIN_RANGE = { low: 0.05, high: 0.15 } as const;
