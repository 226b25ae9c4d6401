import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { main } from '../../src/cli/main';
import type { CommandIo } from '../../src/cli/io';

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the command in this process, with a fixed clock and language. */
export async function runCli(
  argv: string[],
  options: { now?: string; language?: 'fr' | 'en'; env?: NodeJS.ProcessEnv } = {},
): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const io: CommandIo = {
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
    env: options.env ?? {},
    language: options.language ?? 'en',
    now: () => new Date(options.now ?? '2026-11-18T10:00:00Z'),
  };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}

export const BIN = join(__dirname, '../../bin/centaure.js');

/** Runs the built command as a user would (needs `npm run build:cli`, which `npm test` does first). */
export function spawnCli(argv: string[], env: NodeJS.ProcessEnv = {}): Promise<CliResult> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [BIN, ...argv],
      { env: { PATH: process.env.PATH, ...env }, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const code = error === null ? 0 : typeof error.code === 'number' ? error.code : 1;
        resolve({ code, stdout, stderr });
      },
    );
  });
}
