import { existsSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';
import type { Browser, BrowserContext } from 'playwright-core';
import { launchHeadlessChromium } from '../test/support/headless-chromium';
import { parseIsoWeek } from '../src/core/week';
import type { EventInput } from '../src/emulator';
import { startGraphEmulator } from '../src/emulator';
import { startTaskpaneServer } from '../src/demo/taskpane-server';
import type { Bench, BenchResult } from './measure';
import { median } from './measure';

const ROOT = resolve(__dirname, '../..');
const WEB_ROOT = join(ROOT, 'dist/web');
const TEMPLATE_ROOT = resolve(ROOT, '../shared/anchors/office-taskpane-template');
const OFFICE_JS = join(ROOT, 'node_modules/@microsoft/office-js/dist');
const WEEK = '2026-W47';
const COLD_LOADS = 5;

interface ChunkSize {
  file: string;
  modules?: string;
  gzipBytes: number;
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** The sizes the build measured (dist/web/bundle-sizes.json): what loads first, and each lazy chunk. */
export function bundleSizeLines(): string[] {
  const file = join(WEB_ROOT, 'bundle-sizes.json');
  if (!existsSync(file)) return ['taskpane bundle sizes: no build (npm run build)'];
  const report = JSON.parse(readFileSync(file, 'utf8')) as {
    initialBytes: number;
    budgetBytes: number;
    lazy: ChunkSize[];
  };
  return [
    `taskpane initial load (gzip, office.js excluded)  ${kb(report.initialBytes)} of ${kb(report.budgetBytes)} budget`,
    ...report.lazy
      .sort((a, b) => b.gzipBytes - a.gzipBytes)
      .map(
        (chunk) =>
          `  lazy ${chunk.file.padEnd(28)} ${kb(chunk.gzipBytes).padStart(9)}  ${chunk.modules ?? ''}`,
      ),
  ];
}

/** Serves a folder of static files on localhost. */
async function serveFolder(root: string): Promise<{ url: string; close(): Promise<void> }> {
  const types: Record<string, string> = {
    '.html': 'text/html',
    '.js': 'text/javascript',
    '.png': 'image/png',
  };
  const server = createServer((message, response) => {
    const path = normalize(join(root, new URL(message.url ?? '/', 'http://localhost').pathname));
    readFile(path).then(
      (body) =>
        response
          .writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream' })
          .end(body),
      () => response.writeHead(404).end(),
    );
  });
  await new Promise<void>((done) => server.listen(0, 'localhost', done));
  return {
    url: `http://localhost:${(server.address() as AddressInfo).port}`,
    close: () => new Promise((done) => server.close(() => done())),
  };
}

/** office.js and the files it loads, from the npm package instead of Microsoft's CDN. */
async function answerOfficeJsLocally(context: BrowserContext): Promise<void> {
  // Nothing reaches the internet. Routes added later win, so office.js's goes second.
  await context.route(/^https?:\/\/(?!localhost)/, (route) => route.abort());
  await context.route('https://appsforoffice.microsoft.com/lib/1/hosted/**', (route) => {
    const name = new URL(route.request().url()).pathname.replace('/lib/1/hosted/', '');
    const path = normalize(join(OFFICE_JS, name));
    return existsSync(path) ? route.fulfill({ path }) : route.fulfill({ status: 404 });
  });
}

/** Milliseconds from navigation until `condition` (a function body over `document`) first holds. */
async function timeToCondition(browser: Browser, url: string, condition: string): Promise<number> {
  const context = await browser.newContext({
    timezoneId: 'Europe/Paris',
    viewport: { width: 900, height: 700 },
  });
  try {
    await answerOfficeJsLocally(context);
    const page = await context.newPage();
    await page.addInitScript(`
      new MutationObserver((_records, observer) => {
        if ((() => { ${condition} })()) {
          window.__rendered = performance.now();
          observer.disconnect();
        }
      }).observe(document, { childList: true, subtree: true, characterData: true });
    `);
    await page.goto(url);
    // Strings: this file is compiled without the DOM's types, and these run in the page.
    await page.waitForFunction('window.__rendered !== undefined', undefined, { timeout: 60_000 });
    return await page.evaluate<number>('window.__rendered');
  } finally {
    await context.close();
  }
}

/** Median first meaningful render over cold loads: the Tag view with its suggestion, and the template's body text. */
async function firstRender(): Promise<BenchResult> {
  const emulator = await startGraphEmulator({ seed: 'demo', week: parseIsoWeek(WEEK) });
  const server = await startTaskpaneServer({
    emulator,
    webRoot: WEB_ROOT,
    port: 0,
    week: WEEK,
    timeZone: 'Europe/Paris',
  });
  const template = await serveFolder(TEMPLATE_ROOT);
  const browser = await launchHeadlessChromium();
  try {
    const ours: number[] = [];
    const theirs: number[] = [];
    // Interleaved, so both pages see the same machine load. Meeting 6 is "Point juridique CGV".
    for (let load = 0; load < COLD_LOADS; load += 1) {
      ours.push(
        await timeToCondition(
          browser,
          `${server.url}/demo.html?lang=fr&meeting=6`,
          "return document.querySelector('[data-suggestion]') !== null;",
        ),
      );
      theirs.push(
        await timeToCondition(
          browser,
          `${template.url}/taskpane.html`,
          "return (document.body?.innerText ?? '').trim() !== '';",
        ),
      );
    }
    const medianMs = median(ours);
    return {
      medianMs,
      runs: COLD_LOADS,
      details: {
        template: `${median(theirs).toFixed(0)} ms`,
        ratio: (medianMs / median(theirs)).toFixed(2),
      },
    };
  } finally {
    await browser.close();
    await template.close();
    await server.close();
    await emulator.close();
  }
}

/** 300 meetings of 10 minutes, Monday to Friday 08:00–18:00, every third one tagged. */
function threeHundredMeetings(): EventInput[] {
  return Array.from({ length: 300 }, (_, i) => {
    const day = 16 + Math.floor(i / 60);
    const minutes = 8 * 60 + (i % 60) * 10;
    const at = (m: number) =>
      `2026-11-${day}T${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}:00`;
    return {
      subject: `Point client ${i}`,
      start: { dateTime: at(minutes), timeZone: 'Europe/Paris' },
      end: { dateTime: at(minutes + 10), timeZone: 'Europe/Paris' },
      categories: i % 3 === 0 ? ['Centaure REU'] : [],
    };
  });
}

/** Median time from a click on the Week tab to its 300 events on screen (Graph read, counting and render). */
async function weekOf300(): Promise<BenchResult> {
  const emulator = await startGraphEmulator({ seed: 'empty' });
  for (const input of threeHundredMeetings()) emulator.mailbox.addEvent(input);
  const server = await startTaskpaneServer({
    emulator,
    webRoot: WEB_ROOT,
    port: 0,
    week: WEEK,
    timeZone: 'Europe/Paris',
  });
  const browser = await launchHeadlessChromium();
  try {
    const context = await browser.newContext({ timezoneId: 'Europe/Paris' });
    const page = await context.newPage();
    await page.goto(`${server.url}/demo.html?lang=en`);
    await page.locator('#tab-week').waitFor();
    const durations: number[] = [];
    for (let run = 0; run < COLD_LOADS + 1; run += 1) {
      await page.locator('#tab-tag').click();
      const ms = await page.evaluate<number>(`new Promise((done) => {
        const started = performance.now();
        const observer = new MutationObserver(() => {
          if (document.querySelectorAll('[data-event]').length === 300) {
            observer.disconnect();
            done(performance.now() - started);
          }
        });
        observer.observe(document.body, { childList: true, subtree: true });
        document.getElementById('tab-week').click();
      })`);
      if (run > 0) durations.push(ms); // The first run also downloads the Week view's code.
    }
    return { medianMs: median(durations), runs: durations.length, details: { events: 300 } };
  } finally {
    await browser.close();
    await server.close();
    await emulator.close();
  }
}

export const taskpaneBenches: Bench[] = [
  { name: 'taskpane: first render, Tag view with suggestion (cold load)', run: firstRender },
  { name: 'taskpane: Week view of 300 events (read, count, render)', run: weekOf300 },
];
