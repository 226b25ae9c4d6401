import { displayPreferences } from '../../src/taskpane/outlook-services';

describe('the pane’s language and theme, from Outlook', () => {
  it('speaks French to a French Outlook and English to any other', () => {
    expect(displayPreferences({ displayLanguage: 'fr-FR' }).language).toBe('fr');
    expect(displayPreferences({ displayLanguage: 'fr-CA' }).language).toBe('fr');
    expect(displayPreferences({ displayLanguage: 'en-GB' }).language).toBe('en');
    expect(displayPreferences({ displayLanguage: 'de-DE' }).language).toBe('en');
  });

  it('goes dark on a dark Outlook background, light otherwise or when Outlook does not say', () => {
    const theme = (bodyBackgroundColor?: string) =>
      displayPreferences({ displayLanguage: 'en-US', officeTheme: { bodyBackgroundColor } }).theme;
    expect(theme('#1f1f1f')).toBe('dark');
    expect(theme('#FFFFFF')).toBe('light');
    expect(theme(undefined)).toBe('light');
    expect(displayPreferences({ displayLanguage: 'en-US', officeTheme: null }).theme).toBe('light');
  });
});
