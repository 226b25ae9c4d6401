import { formatsFor } from '../../src/taskpane/i18n/format';

// Monday 16 November 2026 00:00 and Sunday 22 November 00:00 in Paris (UTC+1).
const MONDAY = new Date('2026-11-15T23:00:00Z');
const SUNDAY = new Date('2026-11-21T23:00:00Z');

describe('the pane formats figures and dates in its language', () => {
  it('writes hours with a decimal comma in French, a point in English, the unit never wrapped', () => {
    expect(formatsFor('fr').hours(38.75)).toBe('38,75\u00a0h');
    expect(formatsFor('en').hours(38.75)).toBe('38.75\u00a0h');
    expect(formatsFor('fr').hours(2)).toBe('2,00\u00a0h');
    expect(formatsFor('fr').signedHours(3.58)).toBe('+3,58\u00a0h');
    expect(formatsFor('en').signedHours(-1)).toBe('\u22121.00\u00a0h');
    expect(formatsFor('fr').signedHours(-3.25)).toBe('\u22123,25\u00a0h');
  });

  it('writes any negative figure with the minus sign U+2212, signed or not', () => {
    // A figure can go below zero (a correction, a hand-edited workbook): never a hyphen.
    expect(formatsFor('fr').hours(-0.5)).toBe('\u22120,50\u00a0h');
    expect(formatsFor('en').hours(-2)).toBe('\u22122.00\u00a0h');
    expect(formatsFor('fr').percent(-0.394)).toBe('\u221239\u00a0%');
    expect(formatsFor('en').percent(-0.15)).toBe('\u221215%');
  });

  it('says durations as people do: 13 min, not 0,21 h', () => {
    expect(formatsFor('fr').duration(0.21)).toBe('13\u00a0min');
    expect(formatsFor('fr').duration(1.5)).toBe('1\u00a0h\u00a030');
    expect(formatsFor('en').duration(1.5)).toBe('1\u00a0h\u00a030\u00a0min');
    expect(formatsFor('fr').signedDuration(-3.25)).toBe('\u22123\u00a0h\u00a015');
    expect(formatsFor('en').signedDuration(0.75)).toBe('+45\u00a0min');
  });

  it('writes shares as whole percentages, the French way with a space', () => {
    expect(formatsFor('fr').percent(0.7249)).toBe('72\u00a0%');
    expect(formatsFor('en').percent(0.7251)).toBe('73%');
  });

  it('names days, times and weeks in the user’s words', () => {
    expect(formatsFor('fr').day(MONDAY, 'Europe/Paris')).toBe('lundi 16 novembre');
    expect(formatsFor('en').day(MONDAY, 'Europe/Paris')).toBe('Monday 16 November');
    expect(formatsFor('fr').time(new Date('2026-11-16T08:00:00Z'), 'Europe/Paris')).toBe('09:00');
    expect(formatsFor('fr').weekTitle(47)).toBe('Semaine 47');
    expect(formatsFor('en').weekTitle(47)).toBe('Week 47');
    expect(formatsFor('fr').dateRange(MONDAY, SUNDAY, 'Europe/Paris')).toBe('16–22 nov. 2026');
    expect(formatsFor('en').dateRange(MONDAY, SUNDAY, 'Europe/Paris')).toBe(
      '16\u2009–\u200922 Nov 2026',
    );
  });
});
