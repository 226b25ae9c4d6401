import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createContext, runInContext } from 'node:vm';
import * as acorn from 'acorn';
import { ADDIN_ID } from '../../src/core/addin';
import { compactTagHistory, tagExample } from '../../src/core/suggestions';
import type { XmlElement } from './xml-tree';
import { child, descendants, parseXml } from './xml-tree';

const ROOT = resolve(__dirname, '../..');
const WEB = join(ROOT, 'dist/web');
/** Not the source's localhost: the test proves every URL comes from the one setting. */
const BASE_URL = 'https://centaure.example.com/addin';

let manifestText: string;
let manifest: XmlElement;

beforeAll(() => {
  // What `npm run build` runs after compiling the command line.
  execFileSync(
    process.execPath,
    [require.resolve('webpack-cli/bin/cli.js'), '--mode', 'production'],
    {
      cwd: ROOT,
      env: { ...process.env, ADDIN_BASE_URL: BASE_URL },
      stdio: 'pipe',
    },
  );
  manifestText = readFileSync(join(ROOT, 'dist/manifest.xml'), 'utf8');
  manifest = parseXml(manifestText);
}, 240_000);

/** The names of `element`'s children, in order, without repeats in a row. */
const childOrder = (element: XmlElement) =>
  element.children.map((c) => c.name).filter((name, i, all) => name !== all[i - 1]);

/** True when `names` appear in `schema`'s order (the XSD sequence), each at most once. */
function inSchemaOrder(names: string[], schema: string[]): boolean {
  const positions = names.map((name) => schema.indexOf(name));
  return positions.every((p, i) => p >= 0 && (i === 0 || p > positions[i - 1]));
}

const versionOverrides = () => {
  const v10 = child(manifest, 'VersionOverrides');
  return { v10, v11: child(v10, 'VersionOverrides') };
};

describe('the production manifest', () => {
  it('is well-formed and a mail add-in', () => {
    expect(manifest.name).toBe('OfficeApp');
    expect(manifest.attributes['xsi:type']).toBe('MailApp');
  });

  it('keeps the element order the schema requires', () => {
    // offappmanifest 1.1 (MailApp) and mailappversionoverrides 1.0 / 1.1 sequences.
    expect(
      inSchemaOrder(childOrder(manifest), [
        'Id',
        'AlternateId',
        'Version',
        'ProviderName',
        'DefaultLocale',
        'DisplayName',
        'Description',
        'IconUrl',
        'HighResolutionIconUrl',
        'SupportUrl',
        'AppDomains',
        'Hosts',
        'Requirements',
        'FormSettings',
        'Permissions',
        'Rule',
        'DisableEntityHighlighting',
        'VersionOverrides',
      ]),
    ).toBe(true);
    const { v10, v11 } = versionOverrides();
    const overrideOrder = ['Description', 'Requirements', 'Hosts', 'Resources', 'VersionOverrides'];
    expect(inSchemaOrder(childOrder(v10), overrideOrder)).toBe(true);
    expect(inSchemaOrder(childOrder(v11), overrideOrder)).toBe(true);
    for (const element of descendants(manifest)) {
      const order: Record<string, string[]> = {
        Host: ['Runtimes', 'DesktopFormFactor', 'MobileFormFactor'],
        DesktopFormFactor: ['SupportsSharedFolders', 'FunctionFile', 'ExtensionPoint'],
        Resources: ['bt:Images', 'bt:Urls', 'bt:ShortStrings', 'bt:LongStrings'],
        Control: ['Label', 'Supertip', 'Icon', 'Action'],
        Supertip: ['Title', 'Description'],
        Group: ['Label', 'Control'],
      };
      if (element.name in order && element.children.length > 0) {
        expect([element.name, inSchemaOrder(childOrder(element), order[element.name])]).toEqual([
          element.name,
          true,
        ]);
      }
    }
  });

  it('resolves every resid in its own VersionOverrides', () => {
    for (const overrides of Object.values(versionOverrides())) {
      const resources = child(overrides, 'Resources');
      const ids = (kind: string) =>
        new Set(
          resources.children
            .filter((group) => group.name === kind)
            .flatMap((group) => group.children.map((c) => c.attributes.id)),
        );
      const images = ids('bt:Images');
      const urls = ids('bt:Urls');
      const strings = new Set([...ids('bt:ShortStrings'), ...ids('bt:LongStrings')]);
      const own = (e: XmlElement) => e.name !== 'VersionOverrides' || e === overrides;
      const walk = (e: XmlElement): XmlElement[] =>
        own(e) ? [e, ...e.children.flatMap(walk)] : [];
      const unresolved = walk(overrides)
        .filter((e) => e.attributes.resid !== undefined)
        .filter((e) => {
          const resid = e.attributes.resid;
          if (e.name === 'bt:Image') return !images.has(resid);
          if (['Label', 'Title', 'Description'].includes(e.name)) return !strings.has(resid);
          return !urls.has(resid);
        })
        .map((e) => `${e.name} ${e.attributes.resid}`);
      expect(unresolved).toEqual([]);
    }
  });

  it('points every URL at a file the build emits, under ADDIN_BASE_URL', () => {
    const urls = descendants(manifest).flatMap((e) =>
      [e.attributes.DefaultValue, e.attributes.Value, e.text.trim()].filter(
        (value): value is string => value !== undefined && /^https?:/.test(value),
      ),
    );
    expect(urls.length).toBeGreaterThan(10);
    const missing = urls.filter(
      (url) =>
        !url.startsWith(`${BASE_URL}/`) || !existsSync(join(WEB, url.slice(BASE_URL.length))),
    );
    expect(missing).toEqual([]);
    expect(manifestText).not.toContain('localhost');
    expect(readFileSync(join(ROOT, 'manifest.xml'), 'utf8')).toContain('https://localhost:3000/');
  });

  it('declares icons that exist at their pixel sizes', () => {
    const pngSize = (url: string) => {
      const png = readFileSync(join(WEB, url.slice(BASE_URL.length)));
      expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
      return [png.readUInt32BE(16), png.readUInt32BE(20)];
    };
    const declared: [string, number][] = [
      [child(manifest, 'IconUrl').attributes.DefaultValue, 64],
      [child(manifest, 'HighResolutionIconUrl').attributes.DefaultValue, 128],
    ];
    for (const overrides of Object.values(versionOverrides())) {
      const images = child(child(overrides, 'Resources'), 'bt:Images').children;
      for (const use of descendants(overrides).filter(
        (e) => e.name === 'bt:Image' && e.attributes.size,
      )) {
        const image = images.find((i) => i.attributes.id === use.attributes.resid)!;
        declared.push([image.attributes.DefaultValue, Number(use.attributes.size)]);
      }
    }
    for (const [url, size] of declared) expect([url, pngSize(url)]).toEqual([url, [size, size]]);
    expect(new Set(declared.map(([, size]) => size))).toEqual(new Set([16, 32, 64, 80, 128]));
  });

  it('has a GUID add-in id (the one custom properties are keyed by) and unique ids', () => {
    const id = child(manifest, 'Id').text.trim();
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
    expect(id).toBe(ADDIN_ID);
    for (const overrides of Object.values(versionOverrides())) {
      const own = (e: XmlElement): XmlElement[] =>
        e.name === 'VersionOverrides' && e !== overrides ? [] : [e, ...e.children.flatMap(own)];
      // OfficeTab ids name Outlook's built-in tab, shared by every extension point.
      const ids = own(overrides)
        .filter((e) => e.attributes.id !== undefined && e.name !== 'OfficeTab')
        .map((e) => e.attributes.id);
      expect(ids.filter((value, i) => ids.indexOf(value) !== i)).toEqual([]);
    }
  });

  it('has a version of up to four dotted numbers', () => {
    expect(child(manifest, 'Version').text.trim()).toMatch(/^\d{1,5}(\.\d{1,5}){0,3}$/);
  });

  it('is in English by default with a French override for every string', () => {
    expect(child(manifest, 'DefaultLocale').text.trim()).toBe('en-US');
    const strings = descendants(manifest).filter(
      (e) =>
        ['DisplayName', 'Description', 'bt:String'].includes(e.name) && e.attributes.DefaultValue,
    );
    expect(strings.length).toBeGreaterThanOrEqual(5);
    const untranslated = strings.filter(
      (e) =>
        !e.children.some(
          (o) =>
            o.name.endsWith('Override') && o.attributes.Locale === 'fr-FR' && o.attributes.Value,
        ),
    );
    expect(untranslated.map((e) => e.attributes.id ?? e.name)).toEqual([]);
  });

  it('runs the new-meeting handler from a plain JavaScript file that exists', () => {
    const { v11 } = versionOverrides();
    const urls = child(child(v11, 'Resources'), 'bt:Urls').children;
    const runtime = descendants(v11).find((e) => e.name === 'Runtime')!;
    const override = runtime.children.find((e) => e.attributes.type === 'javascript')!;
    const script = urls.find((u) => u.attributes.id === override.attributes.resid)!;
    const file = join(WEB, script.attributes.DefaultValue.slice(BASE_URL.length));
    const code = readFileSync(file, 'utf8');
    const handler = descendants(v11).find((e) => e.name === 'LaunchEvent')!;

    expect(handler.attributes.Type).toBe('OnNewAppointmentOrganizer');
    expect(code).toContain(`"${handler.attributes.FunctionName}"`);
    expect(code).toContain('Office.actions.associate');
    // Classic Outlook's JavaScript-only runtime loads one file: no module syntax, no chunks.
    expect(code).not.toMatch(/^\s*(import|export)\s/m);
    expect(code).not.toMatch(/\bimport\(/);
  });

  it('suggests again once attendees are added (OnAppointmentAttendeesChanged), from the same file', () => {
    const { v11 } = versionOverrides();
    const urls = child(child(v11, 'Resources'), 'bt:Urls').children;
    const runtime = descendants(v11).find((e) => e.name === 'Runtime')!;
    const override = runtime.children.find((e) => e.attributes.type === 'javascript')!;
    const script = urls.find((u) => u.attributes.id === override.attributes.resid)!;
    const code = readFileSync(
      join(WEB, script.attributes.DefaultValue.slice(BASE_URL.length)),
      'utf8',
    );
    const events = descendants(v11).filter((e) => e.name === 'LaunchEvent');

    expect(events.map((e) => e.attributes.Type)).toEqual([
      'OnNewAppointmentOrganizer',
      'OnAppointmentAttendeesChanged',
    ]);
    for (const event of events) expect(code).toContain(`"${event.attributes.FunctionName}"`);
  });

  it('emits the sign-in dialog page with its script and the app registration it reads', () => {
    const page = readFileSync(join(WEB, 'auth-dialog.html'), 'utf8');
    // The build minifies the page: attribute values may lose their quotes.
    const scripts = [...page.matchAll(/<script[^>]*\bsrc=(?:"([^"]+)"|([^\s>]+))/g)].map(
      (m) => m[1] ?? m[2],
    );
    const local = scripts.filter((src) => !/^https:/.test(src));

    expect(scripts).toContain('https://appsforoffice.microsoft.com/lib/1/hosted/office.js');
    expect(local).toEqual(['auth-dialog.js']);
    expect(existsSync(join(WEB, 'auth-dialog.js'))).toBe(true);
    expect(JSON.parse(readFileSync(join(WEB, 'auth-config.json'), 'utf8'))).toHaveProperty(
      'clientId',
    );
  });

  it('builds the new-meeting handler as ECMAScript 2016, which classic Outlook runs', () => {
    const code = readFileSync(join(WEB, 'launchevent.js'), 'utf8');
    // Rejects async/await, spread, ?., ??, Unicode property escapes and everything later.
    const ast = acorn.parse(code, { ecmaVersion: 2016 });
    const kinds = new Set<string>();
    const visit = (node: unknown): void => {
      if (Array.isArray(node)) node.forEach(visit);
      else if (node !== null && typeof node === 'object') {
        const type = (node as { type?: unknown }).type;
        if (typeof type === 'string') kinds.add(type);
        Object.values(node).forEach(visit);
      }
    };
    visit(ast);

    // Microsoft's troubleshooting guide: the conditional operator stops the file from loading.
    expect(kinds.has('ConditionalExpression')).toBe(false);
    expect(kinds.has('ImportExpression')).toBe(false);
  });

  it('suggests from the history in an ECMAScript 2016 runtime, and from keywords in a newer one', () => {
    const code = readFileSync(join(WEB, 'launchevent.js'), 'utf8');
    const history = compactTagHistory(
      [1, 2, 3].map(() =>
        tagExample(
          {
            subject: 'Revue Acme',
            organizer: 'me@contoso.com',
            attendeeCount: 1,
            seriesMasterId: null,
          },
          'OPE',
        ),
      ),
      4096,
    );
    const activate = (subject: string, es2016: boolean) => {
      const shown: string[] = [];
      const handlers = new Map<string, (event: { completed(): void }) => void>();
      const answer = (value: unknown) => (callback: (result: unknown) => void) =>
        callback({ status: 'succeeded', value });
      const context = createContext({
        Office: {
          AsyncResultStatus: { Succeeded: 'succeeded' },
          MailboxEnums: { ItemNotificationMessageType: { InformationalMessage: 'info' } },
          actions: { associate: (name: string, handler: never) => handlers.set(name, handler) },
          context: {
            displayLanguage: 'en-US',
            roamingSettings: { get: (key: string) => (key === 'tagHistory' ? history : undefined) },
            mailbox: {
              userProfile: { emailAddress: 'me@contoso.com' },
              item: {
                subject: { getAsync: answer(subject) },
                requiredAttendees: { getAsync: answer([{ emailAddress: 'ana@contoso.com' }]) },
                optionalAttendees: { getAsync: answer([]) },
                notificationMessages: {
                  replaceAsync: (_key: string, data: { message: string }, done: () => void) => {
                    shown.push(data.message);
                    done();
                  },
                },
              },
            },
          },
        },
      });
      if (es2016) {
        // What an ECMAScript 2016 engine lacks: later methods, look-behind and \p{…} in RegExp.
        runInContext(
          String.raw`delete Array.prototype.flatMap; delete String.prototype.matchAll;
           delete Promise.prototype.finally;
           RegExp = new Proxy(RegExp, { construct(target, args) {
             if (/\(\?<[=!]|\\p\{/.test(String(args[0]))) throw new SyntaxError('ES2016');
             return new target(...args);
           } });`,
          context,
        );
      }
      runInContext(code, context);
      return new Promise<string[]>((resolve) =>
        handlers.get('onNewAppointmentOrganizer')!({ completed: () => resolve(shown) }),
      );
    };

    return Promise.all([
      activate('Revue Acme', true),
      activate('Stratégie marketing', true),
      activate('Stratégie marketing', false),
    ]).then(([fromHistory, noKeywords, fromKeywords]) => {
      expect(fromHistory).toEqual([
        'Centaure suggests OPE — Operational marketing: follow-ups, reminders — open Centaure to tag',
      ]);
      // Without keyword rules only the history speaks: the user's one-to-one meetings are OPE.
      expect(noKeywords).toEqual(fromHistory);
      expect(fromKeywords).toEqual([
        'Centaure suggests STRAT — Strategic marketing: planning, decisions — open Centaure to tag',
      ]);
    });
  });
});
