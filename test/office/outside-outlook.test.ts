import { requireOutlook } from '../../src/office/outlook/require-outlook';

describe('the pane opened outside Outlook', () => {
  afterEach(() => {
    delete (globalThis as { Office?: unknown }).Office;
  });

  it('says so in words in Word, whose Office.js has no mailbox', () => {
    (globalThis as { Office?: unknown }).Office = { context: { document: {} } };

    expect(() => requireOutlook('en-GB')).toThrow(
      'Centaure works inside Outlook: open a meeting of your Outlook calendar, then Centaure from its ribbon.',
    );
  });

  it('says so in French in a French browser tab with no Office host at all', () => {
    (globalThis as { Office?: unknown }).Office = { context: {} };

    expect(() => requireOutlook('fr-FR')).toThrow(/^Centaure fonctionne dans Outlook/);
  });

  it('lets the pane start in Outlook', () => {
    (globalThis as { Office?: unknown }).Office = { context: { mailbox: {} } };

    expect(() => requireOutlook('fr-FR')).not.toThrow();
  });
});
