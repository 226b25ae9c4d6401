import { rootCertificates } from 'node:tls';
import { Agent, setGlobalDispatcher } from 'undici';

/** Where Node's built-in fetch looks up its dispatcher (undici's global dispatcher slot). */
const GLOBAL_DISPATCHER = Symbol.for('undici.globalDispatcher.1');

/**
 * The global object of the realm `fetch` was made in. Under jest, tests run in a vm context
 * whose globalThis is not the one Node's fetch reads, so the dispatcher must go there too.
 */
function realmGlobalOf(fn: (...args: never[]) => unknown): Record<symbol, unknown> {
  let prototype: object = Object.getPrototypeOf(fn) as object;
  // Climb to that realm's Function.prototype (AsyncFunction.prototype sits above it for async functions).
  while (Object.getPrototypeOf(Object.getPrototypeOf(prototype) as object) !== null) {
    prototype = Object.getPrototypeOf(prototype) as object;
  }
  const RealmFunction = (prototype as { constructor: FunctionConstructor }).constructor;
  return RealmFunction('return globalThis')() as Record<symbol, unknown>;
}

/**
 * Makes this process's global `fetch` trust the emulator's CA (besides the usual roots).
 * Child processes get `NODE_EXTRA_CA_CERTS` instead. Test-only: undici is a dev dependency.
 */
export function trustEmulatorCa(caPem: string): void {
  const agent = new Agent({ connect: { ca: [...rootCertificates, caPem] } });
  setGlobalDispatcher(agent);
  realmGlobalOf(fetch)[GLOBAL_DISPATCHER] = agent;
}
