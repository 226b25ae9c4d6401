import { spawn } from 'node:child_process';
import { closeSync, openSync } from 'node:fs';
import { join } from 'node:path';
import { BIN } from '../support/run-cli';

const SAMPLE = join(__dirname, '../fixtures/sample-week-2026-W47.json');

/** Runs the built command with its standard output on /dev/full, a disk that is always full. */
function runToFullDisk(argv: string[]): Promise<{ code: number | null; stderr: string }> {
  const full = openSync('/dev/full', 'w');
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...argv], {
      stdio: ['ignore', full, 'pipe'],
      env: { PATH: process.env.PATH },
    });
    let stderr = '';
    child.stderr?.on('data', (chunk: Buffer) => {
      stderr += chunk.toString('utf8');
    });
    child.on('close', (code) => {
      closeSync(full);
      resolve({ code, stderr });
    });
  });
}

describe('output that cannot be written', () => {
  it.each([
    ['summarize', ['summarize', '--events', SAMPLE, '--week', '2026-W47', '--tz', 'Europe/Paris']],
    ['--help', ['--help']],
    ['--version', ['--version']],
  ])('%s on a full disk: non-zero exit and one line, no stack trace', async (_, argv) => {
    const result = await runToFullDisk(argv);

    expect(result.code).toBe(1);
    expect(result.stderr).toBe('centaure: Cannot write the output: the disk is full.\n');
  });
});
