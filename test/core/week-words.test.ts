import { weekInWords } from '../../src/core/week-words';

const W47_2026 = { weekYear: 2026, weekNumber: 47 };

describe('a week in a sentence', () => {
  it('is "semaine 47" / "week 47" in the year the pane is about, capitalised at the start', () => {
    expect(weekInWords('2026-W47', 'fr', W47_2026)).toBe('semaine 47');
    expect(weekInWords('2026-W47', 'fr', W47_2026, 'start')).toBe('Semaine 47');
    expect(weekInWords('2026-W47', 'en', W47_2026)).toBe('week 47');
    expect(weekInWords('2026-W47', 'en', W47_2026, 'start')).toBe('Week 47');
  });

  it('drops the zero the ISO code pads the week with', () => {
    expect(weekInWords('2026-W05', 'fr', W47_2026, 'start')).toBe('Semaine 5');
    expect(weekInWords({ weekYear: 2026, weekNumber: 1 }, 'en', W47_2026)).toBe('week 1');
  });

  it('says the year of a week of another year, before or after', () => {
    expect(weekInWords('2027-W01', 'fr', W47_2026, 'start')).toBe('Semaine 1 de 2027');
    expect(weekInWords('2027-W01', 'en', W47_2026)).toBe('week 1 of 2027');
    expect(weekInWords('2025-W52', 'fr', W47_2026)).toBe('semaine 52 de 2025');
    // 2026-W53 exists (2026 starts on a Thursday) and is still of 2026.
    expect(weekInWords('2026-W53', 'en', W47_2026, 'start')).toBe('Week 53');
  });

  it('goes by the ISO week-year: the week of Monday 29 December 2025 is week 1 of 2026', () => {
    expect(weekInWords('2026-W01', 'fr', { weekYear: 2025, weekNumber: 52 })).toBe(
      'semaine 1 de 2026',
    );
  });
});
