import type { HostFacts } from '../../usecases/self-test';
import { categoriesReadAsNull } from './read-item';
import type { AppointmentItem } from './read-item';

const MAILBOX_SETS = Array.from({ length: 15 }, (_, i) => `1.${15 - i}`);

/**
 * What Outlook says about itself, for the self-test. Outside Outlook (a browser, Word)
 * `Office.context.mailbox` is undefined: that rejects, and the self-test says so in words.
 */
export async function outlookHostFacts(): Promise<HostFacts> {
  const mailbox = Office.context.mailbox;
  if (mailbox === undefined || mailbox === null) throw new Error('not in Outlook');
  const supported = (name: string, version: string) =>
    Office.context.requirements.isSetSupported(name, version);
  const item = mailbox.item as AppointmentItem | null | undefined;
  let categories: HostFacts['categories'] = 'no-item';
  if (item !== undefined && item !== null && supported('Mailbox', '1.8')) {
    try {
      categories = (await categoriesReadAsNull(item)) ? 'null' : 'array';
    } catch {
      // The web and the new Outlook refuse categories in compose mode.
      categories = 'unreadable';
    }
  }
  return {
    client: mailbox.diagnostics.hostName,
    version: mailbox.diagnostics.hostVersion,
    mailbox: MAILBOX_SETS.find((version) => supported('Mailbox', version)) ?? null,
    nestedAppAuth: supported('NestedAppAuth', '1.1'),
    dialogApi: supported('DialogApi', '1.1'),
    categories,
  };
}
