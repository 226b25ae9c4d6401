/**
 * Classic Outlook on Windows runs the event handler in a JavaScript-only runtime that supports
 * ECMAScript 2016 only. The engine code this bundle shares with the pane calls these three
 * later methods; each is defined here only where the runtime lacks it.
 */
function define(target: object, name: string, value: (...args: never[]) => unknown): void {
  if (!(name in target)) {
    Object.defineProperty(target, name, { value, configurable: true, writable: true });
  }
}

define(
  Array.prototype,
  'flatMap',
  function flatMap(
    this: unknown[],
    callback: (value: unknown, index: number, array: unknown[]) => unknown,
  ): unknown[] {
    const result: unknown[] = [];
    this.forEach((value, index, array) => {
      const mapped = callback(value, index, array);
      if (Array.isArray(mapped)) result.push(...(mapped as unknown[]));
      else result.push(mapped);
    });
    return result;
  },
);

define(String.prototype, 'matchAll', function* matchAll(this: string, pattern: RegExp) {
  const regexp = new RegExp(
    pattern.source,
    pattern.flags.indexOf('g') >= 0 ? pattern.flags : `${pattern.flags}g`,
  );
  let match = regexp.exec(this);
  while (match !== null) {
    yield match;
    // An empty match would match again at the same place forever.
    if (match[0] === '') regexp.lastIndex += 1;
    match = regexp.exec(this);
  }
});
