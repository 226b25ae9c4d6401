import { dateOfExcelSerial, excelDate, excelDateTime } from '../../src/workbook/excel-serial';

// Excel's day 1 is 1900-01-01 and it counts a 29 February 1900 that never was (serial 60),
// so the serials of January and February 1900 are one less than a count of days gives.
describe('Excel serial numbers across the supported range', () => {
  it.each([
    ['1900-01-01', 1],
    ['1900-02-28', 59],
    ['1900-03-01', 61],
    ['2026-11-16', 46342],
    ['9999-12-31', 2958465],
  ])('%s is serial %d, and back', (date, serial) => {
    expect(excelDate(date)).toBe(serial);
    expect(dateOfExcelSerial(serial)).toBe(date);
  });

  it('a time in January 1900 is on the right day too', () => {
    expect(excelDateTime('1900-01-01T12:00:00+00:09')).toBe(1.5);
  });
});
