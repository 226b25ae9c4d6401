import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchHeadlessChromium } from '../test/support/headless-chromium';
import { GLOSSARY } from '../src/core/glossary';
import { parseIsoWeek } from '../src/core/week';
import type { EventInput } from '../src/emulator';
import { startGraphEmulator } from '../src/emulator';
import { startTaskpaneServer } from '../src/demo/taskpane-server';
import type { Bench, BenchResult } from './measure';
import { median } from './measure';
import { WEB_ROOT, firstRender } from './first-render-bench';

const WEEK = '2026-W47';
/** The Generate button's English label, made from the glossary so the bench follows its words. */
const GENERATE_BUTTON = `Generate the ${GLOSSARY.trackingWorkbook.en}`;
const COLD_LOADS = 5;

interface ChunkSize {
  file: string;
  modules?: string;
  gzipBytes: number;
}

/** Kilobytes of 1000 bytes, as the build's budget counts them. */
const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} KB`;

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
    let firstClick = 0;
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
      // The first click also downloads the Week view's code.
      if (run > 0) durations.push(ms);
      else firstClick = ms;
    }
    return {
      medianMs: median(durations),
      runs: durations.length,
      details: { events: 300, 'first click (code download)': `${firstClick.toFixed(0)} ms` },
    };
  } finally {
    await browser.close();
    await server.close();
    await emulator.close();
  }
}

/**
 * Generate for the demo week, end to end as the user waits for it: from the click on
 * "Generate the tracking workbook" to the sentence saying the workbook is written (Graph read,
 * counting, the workbook built and uploaded to the emulator's OneDrive). The first run also
 * downloads the workbook code and creates the file; the others update it.
 */
async function generateOneWeek(): Promise<BenchResult> {
  const emulator = await startGraphEmulator({ seed: 'demo', week: parseIsoWeek(WEEK) });
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
    const durations: number[] = [];
    let firstRun = 0;
    for (let run = 0; run < COLD_LOADS + 1; run += 1) {
      await page.goto(`${server.url}/demo.html?lang=en`);
      await page.locator('#tab-generate').click();
      const button = page.getByRole('button', { name: GENERATE_BUTTON });
      await button.waitFor();
      const ms = await page.evaluate<number>(`new Promise((done) => {
        const started = performance.now();
        const observer = new MutationObserver(() => {
          if (/Centaure\\.xlsx (created|updated)|updated in Centaure\\.xlsx/.test(document.body.innerText)) {
            observer.disconnect();
            done(performance.now() - started);
          }
        });
        observer.observe(document.body, { childList: true, subtree: true, characterData: true });
        [...document.querySelectorAll('button')]
          .find((button) => button.textContent.trim() === ${JSON.stringify(GENERATE_BUTTON)})
          .click();
      })`);
      if (run > 0) durations.push(ms);
      else firstRun = ms;
    }
    return {
      medianMs: median(durations),
      runs: durations.length,
      details: { 'first run (code download, file created)': `${firstRun.toFixed(0)} ms` },
    };
  } finally {
    await browser.close();
    await server.close();
    await emulator.close();
  }
}

export const taskpaneBenches: Bench[] = [
  {
    name: 'taskpane: first render, Tag view in scripted Outlook (cold load)',
    run: firstRender,
  },
  { name: 'taskpane: Week view of 300 events (read, count, render)', run: weekOf300 },
  { name: 'taskpane: Generate one week (read, count, write to OneDrive)', run: generateOneWeek },
];
