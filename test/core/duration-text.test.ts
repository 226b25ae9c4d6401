import { durationText, hoursToMinutes, signedDurationText } from '../../src/core/duration-text';

// Spaces in durations are non-breaking (U+00A0); the minus is U+2212.
const nb = (text: string) => text.replace(/ /g, '\u00a0');

describe('durations as people say them', () => {
  it('says hours and minutes the French way: "1 h 30", "1 h 05", "45 min", "2 h"', () => {
    expect(durationText(90, 'fr')).toBe(nb('1 h 30'));
    expect(durationText(65, 'fr')).toBe(nb('1 h 05'));
    expect(durationText(45, 'fr')).toBe(nb('45 min'));
    expect(durationText(120, 'fr')).toBe(nb('2 h'));
    // 38.75 h, the demo week's counted time: 38 h and 0.75 × 60 = 45 min.
    expect(durationText(38 * 60 + 45, 'fr')).toBe(nb('38 h 45'));
  });

  it('keeps the minutes’ unit in English: "1 h 30 min", "45 min", "2 h"', () => {
    expect(durationText(90, 'en')).toBe(nb('1 h 30 min'));
    expect(durationText(65, 'en')).toBe(nb('1 h 5 min'));
    expect(durationText(45, 'en')).toBe(nb('45 min'));
    expect(durationText(120, 'en')).toBe(nb('2 h'));
  });

  it('says nothing as "0 min" and a negative difference with the minus sign U+2212', () => {
    expect(durationText(0, 'fr')).toBe(nb('0 min'));
    expect(durationText(-90, 'fr')).toBe(nb('\u22121 h 30'));
    expect(signedDurationText(45, 'en')).toBe(nb('+45 min'));
    expect(signedDurationText(-195, 'en')).toBe(nb('\u22123 h 15 min'));
    expect(signedDurationText(0, 'fr')).toBe(nb('0 min'));
  });

  it('turns the engine’s two-decimal hours back into the minutes they were', () => {
    // 0.21 h = 12.6 min: "13 min", never "0,21 h".
    expect(hoursToMinutes(0.21)).toBe(13);
    // 55 min is stored as 0.92 h (55.2 min): back to 55.
    expect(hoursToMinutes(0.92)).toBe(55);
    // 9.58 h (9 h 35 = 9.5833 h rounded): 574.8 → 575 min = 9 h 35.
    expect(durationText(hoursToMinutes(9.58), 'fr')).toBe(nb('9 h 35'));
    expect(durationText(hoursToMinutes(4.92), 'en')).toBe(nb('4 h 55 min'));
  });
});
