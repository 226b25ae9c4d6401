import { readTableRange, readTableRanges } from '../../src/workbook/table-operations';
import { trackingTemplate } from '../../src/workbook/template';

describe('readTableRanges', () => {
  it('reads several tables from one opening, each as readTableRange reads it, in the order asked', async () => {
    const bytes = await trackingTemplate('en', '2026-W47');
    const names = ['WeeklyQuadrants', 'WeeklyTasks', 'Events'];
    const ranges = await readTableRanges(bytes, names);
    expect(ranges).toEqual(await Promise.all(names.map((name) => readTableRange(bytes, name))));
    expect(ranges[1].values[0]).toContain('Task');
  });

  it('says which table is missing', async () => {
    const bytes = await trackingTemplate('en', '2026-W47');
    await expect(readTableRanges(bytes, ['WeeklyTasks', 'Nowhere'])).rejects.toThrow(
      'The workbook has no table Nowhere.',
    );
  });
});
