import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { runInNewContext } from 'node:vm';
import { gzipSync } from 'node:zlib';
import webpack from 'webpack';
import type { Configuration } from 'webpack';
import { ROAMING_KEYS } from '../src/core/addin';
import { DEFAULT_CATALOG } from '../src/core/catalog';
import { compactTagHistory, tagExample } from '../src/core/suggestions';
import type { Bench } from './measure';
import { seededRandom, timeMedian } from './measure';

const ROOT = resolve(__dirname, '../..');

/** Builds the event-based bundle as `npm run build` does (production), into a scratch folder. */
async function buildLaunchEvent(): Promise<string> {
  const configs = createRequire(__filename)(join(ROOT, 'webpack.addin.js'))(undefined, {
    mode: 'production',
  }) as Configuration[];
  const base = configs.find((config) => config.name === 'launch-event');
  if (base === undefined) throw new Error('webpack.addin.js has no launch-event config');
  const out = mkdtempSync(join(tmpdir(), 'centaure-launch-event-'));
  const config: Configuration = {
    ...base,
    context: ROOT,
    dependencies: undefined,
    output: { ...base.output, path: out },
    // The ES2016 rewrite stays; the plugins that copy pages and write the manifest go.
    plugins: (base.plugins ?? []).filter((plugin) => plugin?.constructor.name === 'Es2016Plugin'),
  };
  await new Promise<void>((done, fail) =>
    webpack(config, (error, stats) => {
      if (error) fail(error);
      else if (stats?.hasErrors()) fail(new Error(stats.toString('errors-only')));
      else done();
    }),
  );
  const code = readFileSync(join(out, 'launchevent.js'), 'utf8');
  rmSync(out, { recursive: true, force: true });
  return code;
}

/** 400 past tagged meetings, kept within 16 KB as the pane stores them. */
function storedHistory() {
  const random = seededRandom(8);
  const words = ['point', 'revue', 'client', 'acme', 'budget', 'équipe', 'lancement', 'presse'];
  const examples = Array.from({ length: 400 }, () => {
    const subject = `${words[Math.floor(random() * 8)]} ${words[Math.floor(random() * 8)]}`;
    const task = DEFAULT_CATALOG[Math.floor(random() * DEFAULT_CATALOG.length)];
    return tagExample(
      {
        subject,
        organizer: `p${Math.floor(random() * 20)}@contoso.com`,
        attendeeCount: Math.floor(random() * 8),
        seriesMasterId: null,
      },
      task.code,
    );
  });
  return compactTagHistory(examples, 16 * 1024);
}

/** One activation: a fresh runtime loads the file, Outlook fires the event, the handler completes. */
function activate(code: string, settings: Record<string, unknown>): Promise<string> {
  return new Promise((done) => {
    const handlers = new Map<string, (event: { completed: () => void }) => void>();
    let message = '';
    const answer = (value: unknown) => (callback: (result: unknown) => void) =>
      callback({ status: 'succeeded', value });
    const Office = {
      AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
      MailboxEnums: {
        ItemNotificationMessageType: { InformationalMessage: 'informationalMessage' },
      },
      actions: { associate: (name: string, handler: never) => handlers.set(name, handler) },
      context: {
        displayLanguage: 'fr-FR',
        roamingSettings: { get: (key: string) => settings[key] },
        mailbox: {
          userProfile: { emailAddress: 'me@contoso.com' },
          item: {
            subject: { getAsync: answer('Point budget Acme') },
            requiredAttendees: { getAsync: answer([{ emailAddress: 'p3@contoso.com' }]) },
            optionalAttendees: { getAsync: answer([]) },
            notificationMessages: {
              replaceAsync: (_key: string, data: { message: string }, callback: () => void) => {
                message = data.message;
                callback();
              },
            },
          },
        },
      },
    };
    runInNewContext(code, { Office });
    handlers.get('onNewAppointmentOrganizer')?.({ completed: () => done(message) });
  });
}

export const launchEventBenches: Bench[] = [
  {
    name: 'new-meeting suggestion (event-based bundle, cold load + run)',
    run: async () => {
      const code = await buildLaunchEvent();
      const settings = {
        [ROAMING_KEYS.tagHistory]: storedHistory(),
        [ROAMING_KEYS.settings]: { catalog: DEFAULT_CATALOG },
      };
      const shown = await activate(code, settings);
      if (shown === '') throw new Error('the bench meeting got no suggestion');
      const timing = await timeMedian(30, () => activate(code, settings));
      const bytes = Buffer.byteLength(code);
      return {
        ...timing,
        details: {
          bundle: `${(bytes / 1024).toFixed(1)} KiB`,
          gzip: `${(gzipSync(code).length / 1024).toFixed(1)} KiB`,
        },
      };
    },
  },
];
