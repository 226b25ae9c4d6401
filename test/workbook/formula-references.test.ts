import { followMoveInFormula } from '../../src/workbook/package/formula-pass';
import { translateFormula } from '../../src/workbook/package/formula-references';
import { RowMove } from '../../src/workbook/package/row-move';

describe('translateFormula (a formula copied to another cell)', () => {
  it.each([
    ['G2*2', 3, 0, 'G5*2'],
    ['$G$2+G2+G$2+$G2', 3, 1, '$G$2+H5+H$2+$G5'],
    ['SUM(A2:B4)', 1, 0, 'SUM(A3:B5)'],
    ["'My sheet'!A1+Other!B2", 1, 0, "'My sheet'!A2+Other!B3"],
    ['"A1 stays"&A1', 1, 0, '"A1 stays"&A2'],
    ['"say ""A1"""&A1', 1, 0, '"say ""A1"""&A2'],
    ['LOG10(A1)+ATAN2(B1,C1)', 1, 0, 'LOG10(A2)+ATAN2(B2,C2)'],
    ['WeeklyTasks[[#This Row],[Actual h]]*2+A1', 1, 0, 'WeeklyTasks[[#This Row],[Actual h]]*2+A2'],
    ["T[Week '[1']]&B1", 1, 0, "T[Week '[1']]&B2"],
    ['A1', -1, 0, '#REF!'],
    ['1E5+E5', 1, 0, '1E5+E6'],
  ])('%s moved %i rows and %i columns is %s', (formula, rows, columns, expected) => {
    expect(translateFormula(formula, rows, columns)).toBe(expected);
  });

  it('leaves references into other workbooks as written, shifted like Excel does', () => {
    expect(translateFormula('[1]Sheet1!A1', 1, 0)).toBe('[1]Sheet1!A2');
  });
});

describe('rewriteReferences with a row move (rows inserted or deleted in a table)', () => {
  // Data rows 2..11 of sheet "Events"; rows 2..6 stay, row 7..11 (a replaced week) go,
  // three new rows take their place: the table now ends at row 9, rows below move up 2.
  const move = new RowMove('Events', 2, 11, 9, new Map([2, 3, 4, 5, 6].map((r) => [r, r])));
  const remap = (formula: string, home: string | null) => followMoveInFormula(formula, move, home);

  it('stretches a range that covered the whole table body to the new body', () => {
    expect(remap('SUM(Events!E2:E11)', 'Notes')).toBe('SUM(Events!E2:E9)');
    expect(remap('SUM($E$2:$E$11)', 'Events')).toBe('SUM($E$2:$E$9)');
  });

  it('moves references below the table with it, and leaves other sheets alone', () => {
    expect(remap('Events!A14+Other!A14', 'Notes')).toBe('Events!A12+Other!A14');
    expect(remap('A14', 'Notes')).toBe('A14');
    expect(remap('[1]Events!A14', 'Notes')).toBe('[1]Events!A14');
  });

  it('follows a row that stayed but moved, and keeps replaced rows where they were', () => {
    const shifted = new RowMove(
      'Events',
      2,
      11,
      12,
      new Map([
        [9, 4],
        [10, 11],
      ]),
    );
    expect(followMoveInFormula("'Events'!H9+Events!H10+Events!H5", shifted, 'Notes')).toBe(
      "'Events'!H4+Events!H11+Events!H5",
    );
  });
});
