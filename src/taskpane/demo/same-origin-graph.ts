/**
 * The demo page asks Graph at the emulator's https addresses, exactly as the pane asks
 * graph.microsoft.com in Outlook. The browser does not trust the emulator's certificate, so
 * those requests are sent to the page's own origin instead, where the demo server forwards
 * them to the emulator over HTTPS. Absolute links the emulator hands out (next pages, upload
 * URLs) go the same way, since every request passes through here.
 */
export function routeToSameOrigin(
  routes: Readonly<Record<string, string>>,
  /** Called when a request that may change the mailbox or the drive (not a GET) is sent. */
  onWrite: () => void,
): void {
  const original = globalThis.fetch.bind(globalThis);
  const rewrite = (url: string): string => {
    for (const [origin, path] of Object.entries(routes)) {
      if (url === origin || url.startsWith(`${origin}/`)) return path + url.slice(origin.length);
    }
    return url;
  };
  globalThis.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    const method = init?.method ?? (input instanceof Request ? input.method : 'GET');
    if (method.toUpperCase() !== 'GET') onWrite();
    if (input instanceof Request) {
      const url = rewrite(input.url);
      return original(url === input.url ? input : new Request(url, input), init);
    }
    return original(rewrite(input instanceof URL ? input.href : input), init);
  };
}
