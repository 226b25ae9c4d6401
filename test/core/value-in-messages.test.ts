import { checkCountingSettings } from '../../src/core/settings';
import { errorThrownBy } from '../support/failure';

describe('a setting of the wrong type says what it was given', () => {
  it('a number typed as text is said to be text: "must be a number (got text "8")"', () => {
    const error = errorThrownBy(() =>
      checkCountingSettings({ allDayHours: '8' as unknown as number, exclusions: [] }),
    );
    expect(error.in('en')).toBe('All-day hours must be a number from 0 to 24 (got text "8").');
    expect(error.in('fr')).toBe(
      'Les heures d’une journée entière doivent être un nombre entre 0 et 24 (reçu : le texte « 8 »).',
    );
  });

  it('a number out of range stays a plain number', () => {
    const error = errorThrownBy(() => checkCountingSettings({ allDayHours: 25, exclusions: [] }));
    expect(error.in('en')).toBe('All-day hours must be a number from 0 to 24 (got 25).');
  });

  it('nothing, and a list, are named as such', () => {
    const nothing = errorThrownBy(() =>
      checkCountingSettings({ allDayHours: null as unknown as number, exclusions: [] }),
    );
    expect(nothing.in('en')).toBe('All-day hours must be a number from 0 to 24 (got nothing).');
    const list = errorThrownBy(() =>
      checkCountingSettings({ allDayHours: [8] as unknown as number, exclusions: [] }),
    );
    expect(list.in('en')).toBe('All-day hours must be a number from 0 to 24 (got a list).');
  });
});
