import type { GraphEmulator, GraphEmulatorOptions } from '../../../src/emulator';
import { startGraphEmulator } from '../../../src/emulator';
import { trustEmulatorCa } from '../../../src/emulator/trust-ca';

/** Starts one emulator for the test file, trusted by global fetch, closed after the last test. */
export function useEmulator(options: GraphEmulatorOptions = {}): () => GraphEmulator {
  let emulator: GraphEmulator | undefined;
  beforeAll(async () => {
    emulator = await startGraphEmulator(options);
    trustEmulatorCa(emulator.caPem);
  });
  afterAll(async () => {
    await emulator?.close();
  });
  beforeEach(() => {
    emulator?.faults.clear();
    emulator?.requests.clear();
  });
  return () => {
    if (!emulator) throw new Error('the emulator is not started yet');
    return emulator;
  };
}
