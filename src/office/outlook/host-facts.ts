import type { HostFacts, ItemReadTimes } from '../../usecases/self-test';
import { categoriesReadAsNull, loadCustomProperties, loadSharedProperties } from './read-item';
import type { AppointmentItem } from './read-item';

const MAILBOX_SETS = Array.from({ length: 15 }, (_, i) => `1.${15 - i}`);

/** Round trips timed per read, one after the other; the median is said, so one late answer does not make the figure. */
const TIMED_ROUND_TRIPS = 3;

async function medianRoundTrip(read: () => Promise<unknown>, now: () => number): Promise<number> {
  const times: number[] = [];
  for (let trip = 0; trip < TIMED_ROUND_TRIPS; trip += 1) {
    const asked = now();
    // An error answer is a round trip too (shared properties answer one outside a shared folder).
    await read().catch(() => undefined);
    times.push(now() - asked);
  }
  return times.sort((a, b) => a - b)[Math.floor(times.length / 2)];
}

/**
 * How long this Outlook takes to answer the reads the Tag view waits for before it can show the
 * meeting's task. The bench's scripted Outlook answers each after 200 ms
 * (test/support/scripted-outlook-host.ts, ITEM_READ_MS), a cautious figure no public source
 * gives for categories: this is where a real Outlook says its own.
 */
async function itemReadTimes(item: AppointmentItem, now: () => number): Promise<ItemReadTimes> {
  const sharedAnswers = typeof item.getSharedPropertiesAsync === 'function';
  return {
    categories: await medianRoundTrip(() => categoriesReadAsNull(item), now),
    customProperties: await medianRoundTrip(() => loadCustomProperties(item), now),
    sharedProperties: sharedAnswers
      ? await medianRoundTrip(async () => loadSharedProperties(item), now)
      : null,
    roundTrips: TIMED_ROUND_TRIPS,
  };
}

/**
 * What Outlook says about itself, for the self-test. Outside Outlook (a browser, Word)
 * `Office.context.mailbox` is undefined: that rejects, and the self-test says so in words.
 */
export async function outlookHostFacts(
  now: () => number = () => performance.now(),
): Promise<HostFacts> {
  const mailbox = Office.context.mailbox;
  if (mailbox === undefined || mailbox === null) throw new Error('not in Outlook');
  const supported = (name: string, version: string) =>
    Office.context.requirements.isSetSupported(name, version);
  const item = mailbox.item as AppointmentItem | null | undefined;
  let categories: HostFacts['categories'] = 'no-item';
  let itemReads: ItemReadTimes | null = null;
  if (item !== undefined && item !== null && supported('Mailbox', '1.8')) {
    try {
      categories = (await categoriesReadAsNull(item)) ? 'null' : 'array';
      itemReads = await itemReadTimes(item, now);
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
    itemReads,
  };
}
