import type { AiPotential, Catalog, Quadrant, Task } from './catalog';
import { InvalidInputError } from './errors';
import type { WeeklyHistory } from './history';
import { importantTime, roundTo2, shareOfTagged } from './week-summary';

/** How much of a task's time AI is assumed to save: a stated assumption the user can change. */
export type TimeSavingAssumption = Readonly<Record<Exclude<AiPotential, 'none'>, number>>;

export const DEFAULT_SAVING_ASSUMPTION: TimeSavingAssumption = { assist: 0.15, automate: 0.5 };

/** Weeks of history the advice looks at: the recent past, not last year's habits. */
export const ADVICE_WEEKS = 4;

export function checkSavingAssumption(assumption: TimeSavingAssumption): TimeSavingAssumption {
  for (const [potential, share] of Object.entries(assumption)) {
    if (!Number.isFinite(share) || share < 0 || share > 1) {
      throw new InvalidInputError({
        fr: `La part de temps gagnée par « ${potential} » doit être entre 0 et 100 %.`,
        en: `The share of time saved by "${potential}" must be from 0 to 100 %.`,
      });
    }
  }
  return assumption;
}

export interface StartingPoint {
  task: Task;
  /** Average weekly hours over the weeks looked at. */
  averageHours: number;
  /** How many weeks of history the average rests on: {@link ADVICE_WEEKS}, or fewer when fewer are known. */
  weeks: number;
  /** Hours a week AI could free under the assumption. */
  freedHours: number;
  /** The assumed saving applied (0.15 for −15 %). */
  saving: number;
  /** The user decided in step 4 to keep this task human: shown, never pushed. */
  keptHuman: boolean;
  /** Important share of those weeks now, and if the freed hours were simply no longer spent. */
  importantShareNow: number;
  importantShareAfter: number;
}

const isImportant = (quadrant: Quadrant) => quadrant === 'I+U+' || quadrant === 'I+U-';

/**
 * Where to start (step 5's advice): the tasks with an AI potential and no `aiSince` yet,
 * ranked by the weekly hours AI could free — their average hours over the last
 * {@link ADVICE_WEEKS} weeks of history times the assumed saving of their potential — and
 * those the user chose to keep human last: the advice never argues with step 4.
 * Tasks that took no time are left out: nothing measurable to gain there.
 */
export function whereToStart(
  catalog: Catalog,
  history: WeeklyHistory,
  assumption: TimeSavingAssumption = DEFAULT_SAVING_ASSUMPTION,
  weeks = ADVICE_WEEKS,
): StartingPoint[] {
  checkSavingAssumption(assumption);
  const recent = history.slice(-weeks);
  if (recent.length === 0) return [];
  const mean = (pick: (r: WeeklyHistory[number]) => number) =>
    recent.reduce((sum, record) => sum + pick(record), 0) / recent.length;
  const tagged = mean((r) => r.taggedHours);
  const important = mean((r) => importantTime(r.quadrantHours));
  return catalog
    .flatMap((task): StartingPoint[] => {
      if (task.aiSince !== undefined || task.aiPotential === 'none') return [];
      const hours = mean((r) => r.taskHours[task.code] ?? 0);
      if (hours <= 0) return [];
      const saving = assumption[task.aiPotential];
      const freed = hours * saving;
      return [
        {
          task,
          averageHours: roundTo2(hours),
          weeks: recent.length,
          freedHours: roundTo2(freed),
          saving,
          keptHuman: task.decision === 'keep',
          importantShareNow: shareOfTagged(important, tagged),
          importantShareAfter: shareOfTagged(
            important - (isImportant(task.quadrant) ? freed : 0),
            tagged - freed,
          ),
        },
      ];
    })
    .sort(
      (a, b) =>
        Number(a.keptHuman) - Number(b.keptHuman) ||
        b.freedHours - a.freedHours ||
        (a.task.code < b.task.code ? -1 : 1),
    );
}
