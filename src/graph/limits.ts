/**
 * Bounds on everything Centaure asks of a server, so that a hung, slow or hostile one ends in
 * a clear message rather than a frozen command or pane. Web-standard mechanisms only
 * (AbortController, streams): the taskpane runs the same code in the browser.
 */
export interface GraphLimits {
  /** One HTTP exchange, from sending the request to the last byte of the answer. */
  requestTimeoutMs: number;
  /** One operation: a request with all its retries, or a collection with all its pages. */
  operationDeadlineMs: number;
  /** Bytes read of one answer. */
  maxResponseBytes: number;
  /** Pages of one collection. */
  maxPages: number;
  /** Items of one collection. */
  maxItems: number;
  /**
   * Requests to one mailbox running at once: Outlook allows 4 per app per mailbox
   * (learn.microsoft.com/graph/throttling-limits, "Outlook service limits"); the requests of a
   * `$batch` beyond it are answered 429 MailboxConcurrency.
   */
  mailboxConcurrency: number;
}

/**
 * Graph answers a calendar page in well under a second; the longest exchange is a 4 MiB
 * upload (a simple PUT or a session fragment), some 35 s on a 1 Mbit/s uplink, so a minute
 * without the answer complete is a server that will not answer. Five minutes covers the
 * retry budget (two minutes of waits) and a few slow exchanges. A week of 20,000 events is
 * some 120 an hour around the clock, far beyond any person's calendar, yet only 20 pages of
 * 1,000; 500 pages leave room for a server that serves 40 to a page. 64 MiB holds the
 * largest page (1,000 events) many times over, and a tracking workbook of many years.
 */
export const DEFAULT_GRAPH_LIMITS: GraphLimits = {
  requestTimeoutMs: 60_000,
  operationDeadlineMs: 300_000,
  maxResponseBytes: 64 * 1024 * 1024,
  maxPages: 500,
  maxItems: 20_000,
  mailboxConcurrency: 4,
};
