import { Command, CommanderError } from 'commander';
import { CentaureError, oneLine } from '../core/errors';
import type { CommandIo } from './io';
import { languageFromEnvironment } from './language';
import { localizeHelp } from './help-language';
import { say } from './io';
import { usageErrorLine } from './usage-errors';
import { VERSION } from './version';
import { ProcessOutput } from './process-output';
import { registerSummarize } from './commands/summarize';
import { registerEmulator } from './commands/emulator';
import { registerPull } from './commands/pull';
import { registerTeam } from './commands/team';
import { registerWorkbook } from './commands/workbook';

function defaultIo(): CommandIo {
  const output = new ProcessOutput(process.stdout);
  return {
    stdout: output.write,
    flush: () => output.flush(),
    stderr: (text) => process.stderr.write(text),
    env: process.env,
    language: languageFromEnvironment(),
    now: () => new Date(),
  };
}

function buildProgram(io: CommandIo): Command {
  const program = localizeHelp(new Command('centaure'), io.language)
    .usage(say(io, '[options] [commande]', '[options] [command]'))
    .description(
      say(
        io,
        'Centaure : transforme une semaine d’agenda en tableau de suivi de la méthode centaure',
        'Centaure: turn a calendar week into the centaur-method tracking table',
      ),
    )
    .version(VERSION, '-V, --version', say(io, 'afficher la version', 'print the version'))
    .exitOverride()
    // Help goes where commander sends it; errors are printed once, by main, in the user's language.
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr, outputError: () => undefined })
    .showSuggestionAfterError(false);
  registerSummarize(program, io);
  registerEmulator(program, io);
  registerPull(program, io);
  registerWorkbook(program, io);
  registerTeam(program, io);
  return program;
}

function reportError(io: CommandIo, error: CentaureError): number {
  io.stderr(`centaure: ${oneLine(error.in(io.language), 500)}\n`);
  return 1;
}

/** Runs the command line; resolves to the process exit code. Errors become one line on stderr. */
export async function main(argv: readonly string[], io: CommandIo = defaultIo()): Promise<number> {
  const code = await run(argv, io);
  try {
    await io.flush?.();
  } catch (error) {
    if (error instanceof CentaureError) return reportError(io, error);
    throw error;
  }
  return code;
}

async function run(argv: readonly string[], io: CommandIo): Promise<number> {
  const program = buildProgram(io);
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return 0;
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.exitCode === 0) return 0;
      // `centaure` alone: commander has printed the help, which is the answer.
      if (error.code === 'commander.help') return 2;
      io.stderr(`centaure: ${usageErrorLine(error, io.language)}\n`);
      return 2;
    }
    if (error instanceof CentaureError) return reportError(io, error);
    const detail = error instanceof Error ? error.message : String(error);
    io.stderr(`centaure: unexpected error: ${oneLine(detail, 300)}\n`);
    return 70;
  }
}
