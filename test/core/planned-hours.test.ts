import { parseCatalog } from '../../src/core/catalog';
import { graphEvent } from '../support/graph-event';
import { summarize } from '../support/summarize';

// Planned hours typed with more than two decimals are shown rounded like every figure
// (half away from zero), and the delta is computed from what is shown, so that
// actual − planned = delta holds in what the user reads.
const catalog = parseCatalog([
  { code: 'MGT', quadrant: 'I+U+', plannedHours: 2.345 },
  { code: 'ADM', quadrant: 'I-U-', plannedHours: 1.005 },
  { code: 'REU', quadrant: 'I+U-', plannedHours: 0.333 },
]);
const threeHoursOfMgt = graphEvent({
  categories: ['MGT'],
  start: '2026-11-16T09:00',
  end: '2026-11-16T12:00',
});

describe('planned hours with more than two decimals', () => {
  it('are rounded, and the delta is actual minus the rounded planned hours', () => {
    const tasks = summarize([threeHoursOfMgt], '2026-W47', 'Europe/Paris', catalog).tasks;

    expect(tasks.map((t) => [t.code, t.plannedHours, t.actualHours, t.deltaHours])).toEqual([
      // 3 − 2.35 = 0.65, where 3 − 2.345 = 0.655 would be shown 0.66.
      ['MGT', 2.35, 3, 0.65],
      ['ADM', 1.01, 0, -1.01],
      ['REU', 0.33, 0, -0.33],
    ]);
  });
});
