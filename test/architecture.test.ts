import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

const ROOT = resolve(__dirname, '..');
const CORE = join(ROOT, 'src/core');
// Pure libraries only: time-zone arithmetic and Graph's type declarations.
const CORE_MAY_IMPORT = new Set(['luxon', 'windows-iana', '@microsoft/microsoft-graph-types']);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? sourceFiles(join(dir, entry.name))
      : /\.tsx?$/.test(entry.name)
        ? [join(dir, entry.name)]
        : [],
  );
}

function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/(?:from|import)\s*\(?\s*'([^']+)'/g)].map((m) => m[1]);
}

describe('architecture', () => {
  it('src/core is pure: no I/O, no Office, no DOM, nothing outside src/core but pure libraries', () => {
    const offending = sourceFiles(CORE).flatMap((file) =>
      importsOf(file)
        .filter((target) =>
          target.startsWith('.')
            ? !resolve(file, '..', target).startsWith(CORE)
            : !CORE_MAY_IMPORT.has(target),
        )
        .map((target) => `${relative(ROOT, file)} imports ${target}`),
    );
    expect(offending).toEqual([]);
  });

  it('taskpane views reach Office.js, MSAL and Graph only through use-cases and ports', () => {
    const ui = ['app', 'views', 'components', 'i18n'].map((dir) => join(ROOT, 'src/taskpane', dir));
    const offending = ui.flatMap(sourceFiles).flatMap((file) => [
      ...importsOf(file)
        .filter((target) =>
          target.startsWith('.')
            ? /[\\/]src[\\/](graph|auth|workbook)[\\/]/.test(resolve(file, '..', target))
            : /msal|microsoft-graph-client|office-js|exceljs/.test(target),
        )
        .map((target) => `${relative(ROOT, file)} imports ${target}`),
      ...(/\bOffice\./.test(readFileSync(file, 'utf8'))
        ? [`${relative(ROOT, file)} uses Office.js`]
        : []),
    ]);
    expect(offending).toEqual([]);
  });

  it('nothing under src/ imports from test/ (the demo and the emulator are product)', () => {
    const TEST = join(ROOT, 'test');
    const offending = sourceFiles(join(ROOT, 'src')).flatMap((file) =>
      importsOf(file)
        .filter((target) => target.startsWith('.') && resolve(file, '..', target).startsWith(TEST))
        .map((target) => `${relative(ROOT, file)} imports ${target}`),
    );
    expect(offending).toEqual([]);
  });

  it('the Graph emulator imports from the product only the core types it mirrors and the xlsx table operations', () => {
    const EMULATOR = join(ROOT, 'src/emulator');
    // The emulator's Excel REST routes apply their operations to real xlsx bytes with the
    // package editor's table operations (what an Excel session does to the file); everything
    // else it mirrors from Graph's documentation, not from the code under test.
    const MAY_REACH = [
      join(ROOT, 'src/core'),
      join(ROOT, 'src/workbook/table-operations'),
      join(ROOT, 'src/workbook/layout'),
      join(ROOT, 'src/workbook/errors'),
    ];
    const offending = sourceFiles(EMULATOR).flatMap((file) =>
      importsOf(file)
        .filter((target) => target.startsWith('.'))
        .map((target) => resolve(file, '..', target))
        .filter(
          (target) =>
            !target.startsWith(EMULATOR) &&
            !MAY_REACH.some((allowed) => target.startsWith(allowed)),
        )
        .map((target) => `${relative(ROOT, file)} imports ${relative(ROOT, target)}`),
    );
    expect(offending).toEqual([]);
  });

  it('use-cases know nothing of React', () => {
    const offending = sourceFiles(join(ROOT, 'src/usecases')).flatMap((file) =>
      importsOf(file)
        .filter((target) => /^(react|react-dom|@fluentui\/)/.test(target))
        .map((target) => `${relative(ROOT, file)} imports ${target}`),
    );
    expect(offending).toEqual([]);
  });
});
