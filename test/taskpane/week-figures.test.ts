import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DEFAULT_CATALOG } from '../../src/core/catalog';
import { quadrantShares, type SummaryJson } from '../../src/core/summary-json';
import type { GraphEventWithEtag } from '../../src/graph/calendar-view';
import { parseIsoWeek } from '../../src/core/week';
import { countReview } from '../../src/usecases/review-week';

const ROOT = resolve(__dirname, '../..');
const SAMPLE = join(ROOT, 'test/fixtures/sample-week-2026-W47.json');

function summarizeWithCli(): Promise<SummaryJson> {
  return new Promise((done, fail) => {
    execFile(
      process.execPath,
      [
        join(ROOT, 'bin/centaure.js'),
        'summarize',
        '--events',
        SAMPLE,
        '--week',
        '2026-W47',
        '--tz',
        'Europe/Paris',
      ],
      (error, stdout, stderr) =>
        error ? fail(new Error(stderr)) : done(JSON.parse(stdout) as SummaryJson),
    );
  });
}

describe('the Week view figures', () => {
  it('are the JSON centaure summarize prints for the same week', async () => {
    const raw = (JSON.parse(readFileSync(SAMPLE, 'utf8')) as { value: GraphEventWithEtag[] }).value;
    const review = countReview(raw, parseIsoWeek('2026-W47'), 'Europe/Paris', DEFAULT_CATALOG, []);
    expect(review.figures).toEqual(await summarizeWithCli());
  });

  it('share each quadrant out of the tagged hours, as the report does', () => {
    const raw = (JSON.parse(readFileSync(SAMPLE, 'utf8')) as { value: GraphEventWithEtag[] }).value;
    const { figures } = countReview(
      raw,
      parseIsoWeek('2026-W47'),
      'Europe/Paris',
      DEFAULT_CATALOG,
      [],
    );
    // docs/counting.md, "The sample week": tagged 24.58 h; I+U+ 3.92, I-U+ 6.67, I+U- 14, I-U- 0.
    const shares = quadrantShares(figures);
    expect(Math.round(shares['I+U+'] * 100)).toBe(16); // 3.92 / 24.58 = 15.9 %
    expect(Math.round(shares['I-U+'] * 100)).toBe(27); // 6.67 / 24.58 = 27.1 %
    expect(Math.round(shares['I+U-'] * 100)).toBe(57); // 14 / 24.58 = 57.0 %
    expect(shares['I-U-']).toBe(0);
  });
});
