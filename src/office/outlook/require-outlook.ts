import { CentaureError } from '../../core/errors';
import { languageOfLocale } from '../../core/language-choice';

/**
 * The pane opened outside Outlook: in a plain browser tab (no Office.js host) or in Word or
 * Excel (a host without a mailbox). Its message is in the browser's language, since no
 * Outlook tells the pane which one to speak; the page shows it as it is.
 */
export class NotInOutlookError extends CentaureError {
  constructor(locale: string) {
    super('not-in-outlook', {
      fr: 'Centaure fonctionne dans Outlook : ouvrez une réunion de votre calendrier Outlook, puis Centaure dans son ruban.',
      en: 'Centaure works inside Outlook: open a meeting of your Outlook calendar, then Centaure from its ribbon.',
    });
    this.name = 'NotInOutlookError';
    this.message = this.in(languageOfLocale(locale));
  }
}

/** Throws {@link NotInOutlookError} unless Office.js runs in Outlook (it has a mailbox). */
export function requireOutlook(locale: string): void {
  const office = (globalThis as { Office?: { context?: { mailbox?: unknown } } }).Office;
  const mailbox = office?.context?.mailbox;
  if (mailbox === undefined || mailbox === null) throw new NotInOutlookError(locale);
}
