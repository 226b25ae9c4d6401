import { DateTime } from 'luxon';
import { formatIsoWeek, parseIsoWeek, weekContaining, weekWindow } from '../../src/core/week';
import { toIanaZone } from '../../src/core/time-zone';

describe('ISO weeks', () => {
  it('parses and formats 2026-W47', () => {
    expect(parseIsoWeek('2026-W47')).toEqual({ weekYear: 2026, weekNumber: 47 });
    expect(parseIsoWeek('2026w05')).toEqual({ weekYear: 2026, weekNumber: 5 });
    expect(formatIsoWeek({ weekYear: 2026, weekNumber: 5 })).toBe('2026-W05');
  });

  it('knows which years have a week 53', () => {
    expect(parseIsoWeek('2026-W53')).toEqual({ weekYear: 2026, weekNumber: 53 });
    expect(() => parseIsoWeek('2027-W53')).toThrow(
      'Week 2027-W53 does not exist: the ISO weeks of 2027 run from W01 to W52.',
    );
    expect(() => parseIsoWeek('2026-W00')).toThrow('Week 2026-W00 does not exist');
  });

  it('refuses years no one tracks time in, rather than count in local mean time', () => {
    expect(() => parseIsoWeek('0000-W01')).toThrow(
      'Week out of range: "0000-W01" (years 1900 to 2999).',
    );
    expect(() => parseIsoWeek('9999-W52')).toThrow('Week out of range');
    expect(parseIsoWeek('1900-W01')).toEqual({ weekYear: 1900, weekNumber: 1 });
  });

  it('2026-W01 starts on Monday 29 December 2025', () => {
    const window = weekWindow(parseIsoWeek('2026-W01'), 'Europe/Paris');
    expect(window.dates).toEqual([
      '2025-12-29',
      '2025-12-30',
      '2025-12-31',
      '2026-01-01',
      '2026-01-02',
      '2026-01-03',
      '2026-01-04',
    ]);
  });

  it('finds the week of an instant in the user zone: Sunday 23:30 UTC is already Monday in Paris', () => {
    const instant = DateTime.fromISO('2026-11-22T23:30:00Z');
    expect(weekContaining(instant, 'Europe/Paris')).toEqual({ weekYear: 2026, weekNumber: 48 });
    expect(weekContaining(instant, 'UTC')).toEqual({ weekYear: 2026, weekNumber: 47 });
  });
});

describe('zone names', () => {
  it.each([
    ['Europe/Paris', 'Europe/Paris'],
    ['Romance Standard Time', 'Europe/Paris'],
    ['W. Europe Standard Time', 'Europe/Berlin'],
    ['Pacific Standard Time', 'America/Los_Angeles'],
    ['UTC', 'UTC'],
    ['tzone://Microsoft/Utc', 'UTC'],
    ['europe/paris', 'Europe/Paris'],
    [' America/New_York ', 'America/New_York'],
    // Kept as written, though some ICU versions list only the older alias Asia/Calcutta.
    ['Asia/Kolkata', 'Asia/Kolkata'],
    ['Etc/UTC', 'Etc/UTC'],
  ])('%s → %s', (name, iana) => {
    expect(toIanaZone(name)).toBe(iana);
  });

  it('has no answer for an unknown name', () => {
    expect(toIanaZone('Paris')).toBeUndefined();
    expect(toIanaZone('')).toBeUndefined();
  });
});
