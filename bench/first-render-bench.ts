import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { launchHeadlessChromium } from '../test/support/headless-chromium';
import { routeScriptedOutlook, serveFolder } from '../test/support/outlook-page';
import { ITEM_READ_MS } from '../test/support/scripted-outlook-host';
import type { BenchResult } from './measure';
import { median } from './measure';
import { TRACE_CATEGORIES, breakdown, breakdownLines } from './trace-breakdown';

const ROOT = resolve(__dirname, '../..');
/** The build to measure; BENCH_WEB_ROOT=folder measures another (an older build, for a before/after). */
export const WEB_ROOT = process.env.BENCH_WEB_ROOT ?? join(ROOT, 'dist/web');
/** shared/ lies beside the clone (CI, the main checkout) or beside the worktrees' folder. */
const TEMPLATE_ROOT =
  ['../shared', '../../shared']
    .map((shared) => resolve(ROOT, shared, 'anchors/office-taskpane-template'))
    .find((folder) => existsSync(folder)) ?? resolve(ROOT, '../shared');
/** Cold loads of each page, alternated so both see the same machine load. */
const COLD_LOADS = 9;

/**
 * What the page logs once rendered. Waiting for a console message, rather than polling with
 * `waitForFunction`, puts no script of Playwright's on the main thread of the load it times.
 */
const RENDERED = 'centaure-bench: rendered';

/** Set before the page runs: the first render's time, and what Griffel-style insertion costs. */
function watchPage(condition: string): string {
  return `
    window.__style = { ms: 0, rules: 0 };
    const insertRule = CSSStyleSheet.prototype.insertRule;
    CSSStyleSheet.prototype.insertRule = function (...args) {
      const started = performance.now();
      try { return insertRule.apply(this, args); }
      finally { window.__style.ms += performance.now() - started; window.__style.rules += 1; }
    };
    new MutationObserver((_records, observer) => {
      if ((() => { ${condition} })()) {
        window.__rendered = performance.now();
        observer.disconnect();
        console.debug(${JSON.stringify(RENDERED)});
      }
    }).observe(document, { childList: true, subtree: true, characterData: true });
  `;
}

/** When the scripted host said office.js was ready and answered the item's last read (ms from navigation). */
interface HostMarks {
  officeReady: number | null;
  lastAnswer: number | null;
}

const READ_HOST_MARKS = `(() => {
  const last = (name) => {
    const found = performance.getEntriesByName(name);
    return found.length === 0 ? null : found[found.length - 1].startTime;
  };
  return { officeReady: last('host:office-ready'), lastAnswer: last('host:item-answer') };
})()`;

interface PageUnderTest {
  url: string;
  condition: string;
}

/** One cold load in a fresh context: milliseconds from navigation to `condition`, and the trace if asked. */
async function coldLoad(
  browser: Browser,
  target: PageUnderTest,
  traced: boolean,
): Promise<{ ms: number; host: HostMarks; lines?: string[] }> {
  const context = await browser.newContext({
    timezoneId: 'Europe/Paris',
    locale: 'fr-FR',
    viewport: { width: 320, height: 700 },
  });
  try {
    await routeScriptedOutlook(context, { language: 'fr-FR' });
    const page = await context.newPage();
    await page.addInitScript(watchPage(target.condition));
    if (traced) await browser.startTracing(page, { categories: TRACE_CATEGORIES });
    const rendered = page.waitForEvent('console', {
      predicate: (message) => message.text() === RENDERED,
      timeout: 60_000,
    });
    await page.goto(target.url);
    await rendered;
    // Strings: this file is compiled without the DOM's types, and these run in the page.
    const ms = await page.evaluate<number>('window.__rendered');
    const host = await page.evaluate<HostMarks>(READ_HOST_MARKS);
    if (!traced) return { ms, host };
    // Layout shifts after the first render count too: the skeleton's replacement settles then.
    await page.waitForTimeout(500);
    const style = await page.evaluate<{ ms: number; rules: number }>('window.__style');
    const trace = await browser.stopTracing();
    // BENCH_TRACE_DIR=folder keeps the traces, for Chromium's Performance panel.
    const keep = process.env.BENCH_TRACE_DIR;
    if (keep !== undefined) {
      await writeFile(join(keep, `${new URL(target.url).port}-${Date.now()}.json`), trace);
    }
    return { ms, host, lines: breakdownLines('', breakdown(target.url, trace, ms, style)) };
  } finally {
    await context.close();
  }
}

/** The Tag view with the meeting's subject, its task line and a clickable top suggestion. */
const TAG_VIEW_READY = `
  const subject = document.getElementById('tag-subject');
  const task = document.querySelector('[data-task-line]');
  const top = document.querySelector('[data-suggestion] button:not([disabled])');
  return subject !== null && subject.textContent.trim() !== '' &&
    task !== null && task.textContent.trim() !== '' && top !== null;
`;

/**
 * The lowest ratio the Tag view can reach in this run: its task is read from Outlook
 * (`categories.getAsync`), so it cannot show before the item's reads are answered, whatever
 * the page does after office.js is ready. Medians of the untraced loads.
 */
function floorLines(templateMs: number, ready: number[], answered: number[]): string[] {
  if (answered.length === 0) return [];
  const answeredMs = median(answered);
  return [
    `  floor: office.js ready at ${median(ready).toFixed(0)} ms, the meeting's reads answered at ` +
      `${answeredMs.toFixed(0)} ms (reads of ${ITEM_READ_MS} ms): no first render before, ` +
      `ratio ≥ ${(answeredMs / templateMs).toFixed(2)}; 0.7 would be ${(0.7 * templateMs).toFixed(0)} ms`,
  ];
}

/**
 * Median first render over cold loads of the production taskpane.html in the scripted Outlook
 * host, against Microsoft's React template in the same run; then one traced load of each for
 * where the time goes.
 */
export async function firstRender(): Promise<BenchResult> {
  const ours = await serveFolder(WEB_ROOT);
  const template = await serveFolder(TEMPLATE_ROOT);
  const pages = {
    ours: { url: `${ours.url}/taskpane.html`, condition: TAG_VIEW_READY },
    template: {
      url: `${template.url}/taskpane.html`,
      condition: "return (document.body?.innerText ?? '').trim() !== '';",
    },
  };
  const browser = await launchHeadlessChromium();
  try {
    const oursMs: number[] = [];
    const theirsMs: number[] = [];
    const oursReady: number[] = [];
    const oursAnswered: number[] = [];
    await coldLoad(browser, pages.ours, false); // Warms the disk cache of the server, not the browser's.
    for (let round = 0; round < COLD_LOADS; round += 1) {
      const load = await coldLoad(browser, pages.ours, false);
      oursMs.push(load.ms);
      if (load.host.officeReady !== null) oursReady.push(load.host.officeReady);
      if (load.host.lastAnswer !== null) oursAnswered.push(load.host.lastAnswer);
      theirsMs.push((await coldLoad(browser, pages.template, false)).ms);
    }
    const tracedOurs = await coldLoad(browser, pages.ours, true);
    const tracedTheirs = await coldLoad(browser, pages.template, true);
    const medianMs = median(oursMs);
    return {
      medianMs,
      runs: COLD_LOADS,
      details: {
        template: `${median(theirsMs).toFixed(0)} ms`,
        'ratio to template': (medianMs / median(theirsMs)).toFixed(2),
      },
      lines: [
        ...floorLines(median(theirsMs), oursReady, oursAnswered),
        '  traced load, Centaure:',
        ...(tracedOurs.lines ?? []),
        '  traced load, template:',
        ...(tracedTheirs.lines ?? []),
      ],
    };
  } finally {
    await browser.close();
    await template.close();
    await ours.close();
  }
}
