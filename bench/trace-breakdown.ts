/**
 * Where a cold load's time goes, from a Chromium performance trace (Playwright's
 * `browser.startTracing`, the DevTools timeline categories) of one load: downloads, script
 * evaluation (parse, compile and top-level run), the user-timing marks the page and the
 * scripted host set, style recalculation and layout, and layout shifts (CLS).
 */

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: {
    data?: {
      url?: string;
      documentLoaderURL?: string;
      requestId?: string;
      finishTime?: number;
      score?: number;
      had_recent_input?: boolean;
      frame?: string;
    };
    frame?: string;
  };
}

export const TRACE_CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'blink.user_timing',
  'loading',
  'v8',
];

export interface LoadBreakdown {
  /** Milliseconds from navigation start. */
  lastScriptDownloaded: number;
  officeReady: number | null;
  itemRead: number | null;
  /** When the meeting's last read answered, from navigation start. */
  meetingAnswered: number | null;
  /** When what this device learned (IndexedDB) was read, from navigation start. */
  learnedHistoryRead: number | null;
  /** From the pane's `centaure:render` mark (services ready, React asked to render) to first render. */
  reactRender: number | null;
  firstRender: number;
  /** Durations, milliseconds, up to first render. */
  scriptEvaluation: number;
  compile: number;
  styleAndLayout: number;
  styleInsertion: number;
  styleRules: number;
  cls: number;
}

const ms = (microseconds: number) => microseconds / 1000;

/**
 * Reads a trace of one load. `firstRenderMs` (from navigation start, measured by the page) and
 * `style` (time spent in `insertRule`, measured in the page) come from the page itself.
 */
export function breakdown(
  pageUrl: string,
  traceJson: Buffer,
  firstRenderMs: number,
  style: { ms: number; rules: number },
): LoadBreakdown {
  const { traceEvents } = JSON.parse(traceJson.toString('utf8')) as { traceEvents: TraceEvent[] };
  // The trace holds the browser's own pages too: only the page under test's events count.
  const navigation = traceEvents.find(
    (e) => e.name === 'navigationStart' && e.args?.data?.documentLoaderURL === pageUrl,
  );
  const start = navigation?.ts ?? Math.min(...traceEvents.filter((e) => e.ts > 0).map((e) => e.ts));
  const end = start + firstRenderMs * 1000;
  const mark = (name: string, last = false) => {
    const found = traceEvents.filter(
      (e) => e.name === name && e.cat.includes('user_timing') && onMain(e),
    );
    const event = last ? found.at(-1) : found[0];
    return event === undefined ? null : ms(event.ts - start);
  };
  const rendererMain = traceEvents.find(
    (e) => e.name === 'EvaluateScript' && /^https?:/.test(e.args?.data?.url ?? ''),
  );
  const onMain = (e: TraceEvent) =>
    rendererMain !== undefined && e.pid === rendererMain.pid && e.tid === rendererMain.tid;
  const within = (e: TraceEvent) => e.ph === 'X' && e.ts >= start && e.ts < end;
  const total = (names: string[], main = true) =>
    ms(
      traceEvents
        .filter(
          (e) =>
            names.includes(e.name) && within(e) && (main ? onMain(e) : e.pid === rendererMain?.pid),
        )
        .reduce((sum, e) => sum + (e.dur ?? 0), 0),
    );
  const scripts = new Map<string, string>();
  for (const e of traceEvents) {
    const url = e.args?.data?.url ?? '';
    const id = e.args?.data?.requestId;
    if (e.name === 'ResourceSendRequest' && id !== undefined && /^https?:/.test(url)) {
      scripts.set(id, url);
    }
  }
  const downloaded = traceEvents
    .filter(
      (e) =>
        e.name === 'ResourceFinish' &&
        /\.js(\?|$)/.test(scripts.get(e.args?.data?.requestId ?? '') ?? '') &&
        e.args?.data?.finishTime !== undefined,
    )
    .map((e) => (e.args?.data?.finishTime ?? 0) * 1000 - ms(start));
  const firstCall = mark('host:item-call');
  const lastAnswer = mark('host:item-answer', true);
  const renderAsked = mark('centaure:render');
  const cls = traceEvents
    .filter((e) => e.name === 'LayoutShift' && onMain(e) && e.args?.data?.had_recent_input !== true)
    .reduce((sum, e) => sum + (e.args?.data?.score ?? 0), 0);
  return {
    lastScriptDownloaded: downloaded.length === 0 ? 0 : Math.max(...downloaded),
    officeReady: mark('host:office-ready'),
    itemRead: firstCall === null || lastAnswer === null ? null : lastAnswer - firstCall,
    meetingAnswered: lastAnswer,
    learnedHistoryRead: mark('centaure:learned-history-read'),
    reactRender: renderAsked === null ? null : firstRenderMs - renderAsked,
    firstRender: firstRenderMs,
    scriptEvaluation: total(['EvaluateScript']),
    compile: total(['v8.compile', 'V8.CompileCode', 'v8.parseOnBackground'], false),
    styleAndLayout: total(['UpdateLayoutTree', 'Layout']),
    styleInsertion: style.ms,
    styleRules: style.rules,
    cls,
  };
}

/** One line per phase, for the bench's output. */
export function breakdownLines(label: string, b: LoadBreakdown): string[] {
  const at = (value: number | null) => (value === null ? '—' : `${value.toFixed(0)} ms`);
  return [
    `  ${label}: first render at ${at(b.firstRender)}; scripts downloaded by ${at(b.lastScriptDownloaded)}, ` +
      `office.js ready at ${at(b.officeReady)}, item read ${at(b.itemRead)} ` +
      `(answered at ${at(b.meetingAnswered)}), learned history (IndexedDB) read at ` +
      `${at(b.learnedHistoryRead)}, React render (render asked → on screen) ${at(b.reactRender)}`,
    `    main thread before render: script evaluation ${at(b.scriptEvaluation)} (compile ${at(b.compile)}), ` +
      `style recalculation + layout ${at(b.styleAndLayout)}, style insertion ${at(b.styleInsertion)} ` +
      `(${b.styleRules} rules), CLS ${b.cls.toFixed(3)}`,
  ];
}
