import { withoutPrivateSubject } from '../../src/core/privacy';

describe('withoutPrivateSubject', () => {
  it('blanks the subject of private and confidential events only', () => {
    expect(
      withoutPrivateSubject({ sensitivity: 'private', subject: 'Rendez-vous médical' }).subject,
    ).toBe('');
    expect(
      withoutPrivateSubject({ sensitivity: 'confidential', subject: 'Plan social' }).subject,
    ).toBe('');
    expect(withoutPrivateSubject({ sensitivity: 'personal', subject: 'Sport' }).subject).toBe(
      'Sport',
    );
    expect(withoutPrivateSubject({ subject: 'Point équipe' }).subject).toBe('Point équipe');
  });

  it('keeps a [CODE] tag so the event counts for the same task outside the mailbox', () => {
    const event = {
      id: 'x',
      sensitivity: 'private',
      subject: '  [mgt] Entretien annuel Julie',
      categories: ['Rouge'],
    };
    expect(withoutPrivateSubject(event)).toEqual({ ...event, subject: '[mgt]' });
  });
});
