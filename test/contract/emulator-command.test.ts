import { readFileSync } from 'node:fs';
import type { AddressInfo, Server } from 'node:net';
import { createServer } from 'node:net';
import { Command } from 'commander';
import type { CommandIo } from '../../src/cli/io';
import { registerEmulator } from '../../src/cli/commands/emulator';
import { runCli } from '../support/run-cli';
import { trustEmulatorCa } from '../../src/emulator/trust-ca';

function recordingIo(): { io: CommandIo; output: () => string } {
  let stdout = '';
  const io: CommandIo = {
    stdout: (text) => {
      stdout += text;
    },
    stderr: () => undefined,
    env: {},
    language: 'en',
    // Wednesday 18 November 2026: week 47.
    now: () => new Date('2026-11-18T10:00:00Z'),
  };
  return { io, output: () => stdout };
}

describe('centaure emulator', () => {
  it('prints the URL, the CA file and the two export lines, serves the demo week, and stops when asked', async () => {
    const { io, output } = recordingIo();
    let stop: () => void = () => undefined;
    const stopped = new Promise<void>((resolve) => {
      stop = resolve;
    });
    let printed: () => void = () => undefined;
    const started = new Promise<void>((resolve) => {
      printed = resolve;
    });
    const program = new Command().exitOverride();
    const announcing: CommandIo = {
      ...io,
      stdout: (text) => {
        io.stdout(text);
        printed();
      },
    };
    registerEmulator(program, announcing, () => stopped);
    const running = program.parseAsync(['emulator', '--seed', 'demo'], { from: 'user' });
    await started;

    const text = output();
    const url = /Microsoft Graph emulator: (https:\/\/127\.0\.0\.1:\d+)\/v1\.0/.exec(text)?.[1];
    const caFile = /^export NODE_EXTRA_CA_CERTS=(.+)$/m.exec(text)?.[1];
    const token = /^export CENTAURE_GRAPH_TOKEN=(.+)$/m.exec(text)?.[1];
    expect(text).toContain('Demo week: 2026-W47 (Europe/Paris)');
    expect(text).toContain(`CA certificate: ${caFile}`);
    expect([url, caFile, token].every(Boolean)).toBe(true);

    trustEmulatorCa(readFileSync(caFile as string, 'utf8'));
    const view = await fetch(
      `${url}/v1.0/me/calendarView?startDateTime=2026-11-16T00:00:00%2B01:00&endDateTime=2026-11-23T00:00:00%2B01:00&$top=100`,
      { headers: { Authorization: `Bearer ${token}` } },
    );
    expect(((await view.json()) as { value: unknown[] }).value).toHaveLength(40);

    stop();
    await running;
    await expect(fetch(`${url}/v1.0/me`)).rejects.toThrow();
  });

  it('refuses a bad port, seed or week with a one-line message', async () => {
    for (const args of [
      ['--port', 'http'],
      ['--seed', 'full'],
      ['--week', '2026-W60'],
    ]) {
      const result = await runCli(['emulator', ...args]);
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(/^centaure: .+\n$/);
    }
  });

  it('refuses a port at the top of the range: the next one serves downloads and uploads', async () => {
    const result = await runCli(['emulator', '--port', '65535'], { language: 'fr' });

    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      'centaure: Port invalide : « 65535 » (un entier de 1 à 65534, le suivant servant téléchargements et envois ; ou 0 pour des ports libres).\n',
    );
  });

  it('names the port that is taken, when it is the second one', async () => {
    const { port, taken } = await portWhoseNextIsTaken();
    try {
      const result = await runCli(['emulator', '--port', String(port)]);

      expect(result.code).toBe(1);
      expect(result.stderr).toBe(
        `centaure: Port ${port + 1} is already in use: choose another with --port, or leave --port out.\n`,
      );
    } finally {
      await new Promise((resolve) => taken.close(resolve));
    }
  });
});

/** A free port whose next port a server of ours holds. */
async function portWhoseNextIsTaken(): Promise<{ port: number; taken: Server }> {
  const listening = (port: number) =>
    new Promise<Server | null>((resolve) => {
      const server = createServer();
      server.once('error', () => resolve(null));
      server.listen(port, '127.0.0.1', () => resolve(server));
    });
  for (;;) {
    const taken = (await listening(0))!;
    const next = (taken.address() as AddressInfo).port;
    const before = next > 1024 ? await listening(next - 1) : null;
    if (before !== null) {
      await new Promise((resolve) => before.close(resolve));
      return { port: next - 1, taken };
    }
    await new Promise((resolve) => taken.close(resolve));
  }
}
