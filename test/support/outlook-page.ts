import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, join, normalize } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import serveStatic from 'serve-static';
import { scriptedOutlookHost } from './scripted-outlook-host';

/** office.js and the files it loads, from the npm package instead of Microsoft's CDN. */
const OFFICE_JS = join(dirname(require.resolve('@microsoft/office-js/package.json')), 'dist');

/**
 * Serves a built folder (the production taskpane, or the template it is compared with) on
 * localhost, through serve-static: its path checks refuse what is not in the folder.
 */
export async function serveFolder(root: string): Promise<{ url: string; close(): Promise<void> }> {
  const files = serveStatic(root, { index: false, dotfiles: 'ignore', fallthrough: false });
  const server = createServer((request, response) =>
    files(request, response, (error?: { status?: number }) => {
      response.writeHead(error?.status ?? 404).end();
    }),
  );
  await new Promise<void>((done) => server.listen(0, 'localhost', done));
  return {
    url: `http://localhost:${(server.address() as AddressInfo).port}`,
    close: () => new Promise((done) => server.close(() => done())),
  };
}

/**
 * Pages of `context` get office.js from the npm package with the scripted Outlook host appended
 * (see scripted-outlook-host.ts), and the files office.js loads from the same package. Nothing
 * else reaches the internet.
 */
export async function routeScriptedOutlook(
  context: BrowserContext,
  options: { language: string },
): Promise<void> {
  const host = scriptedOutlookHost(options);
  const officeJs = await readFile(join(OFFICE_JS, 'office.js'), 'utf8');
  // Routes added later win, so office.js's goes second.
  await context.route(/^https?:\/\/(?!localhost)/, (route) => route.abort());
  await context.route('https://appsforoffice.microsoft.com/lib/1/hosted/**', (route) => {
    const name = new URL(route.request().url()).pathname.replace('/lib/1/hosted/', '');
    if (name === 'office.js') {
      // The mark says when the browser starts running office.js.
      const body = `performance.mark('host:office-js');\n${officeJs}\n${host}`;
      return route.fulfill({ contentType: 'text/javascript', body });
    }
    const path = normalize(join(OFFICE_JS, name));
    return path.startsWith(OFFICE_JS) && existsSync(path)
      ? route.fulfill({ path })
      : route.fulfill({ status: 404 });
  });
}
