/** Paths of the demo server: the page's data, and what forwards to the emulator. */
export const DEMO_PATHS = {
  config: '/demo/config.json',
  graphProxy: '/graph',
  contentProxy: '/content',
  download: '/demo/download',
} as const;
