import type { Mailbox } from './mailbox';

/** The six colour categories every new Outlook mailbox starts with. */
export function addOutlookDefaultCategories(mailbox: Mailbox): void {
  const defaults: [string, string][] = [
    ['Red category', 'preset0'],
    ['Orange category', 'preset1'],
    ['Yellow category', 'preset3'],
    ['Green category', 'preset4'],
    ['Blue category', 'preset7'],
    ['Purple category', 'preset8'],
  ];
  for (const [name, color] of defaults) mailbox.addCategory(name, color);
}
