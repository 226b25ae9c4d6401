import { readTypedNumber, typedNumber } from '../../src/core/typed-number';

describe('a number shown back in a field', () => {
  it('keeps the decimal comma in French and the point in English', () => {
    expect(typedNumber(7.5, 'fr')).toBe('7,5');
    expect(typedNumber(7.5, 'en')).toBe('7.5');
    expect(typedNumber(0.25, 'fr')).toBe('0,25');
  });

  it('writes a whole number without decimals and a large one without grouping', () => {
    expect(typedNumber(8, 'fr')).toBe('8');
    expect(typedNumber(1234.5, 'fr')).toBe('1234,5');
  });

  it('reads back what it wrote, whatever the language', () => {
    expect(readTypedNumber(typedNumber(7.5, 'fr'))).toBe(7.5);
    expect(readTypedNumber('7.5')).toBe(7.5);
    expect(readTypedNumber(' 7,5 ')).toBe(7.5);
    expect(readTypedNumber('')).toBeNaN();
    expect(readTypedNumber('sept')).toBeNaN();
  });
});
