const { gzipSync } = require('node:zlib');

/** Kilobytes of 1000 bytes, as the issue and the budget count them. */
const KB = 1000;

/** What a chunk holds, in a few words: its largest module's package or source folder. */
function chunkName(compilation, chunk) {
  const modules = [...compilation.chunkGraph.getChunkModulesIterable(chunk)];
  const largest = modules.sort((a, b) => b.size() - a.size())[0];
  const name = largest?.nameForCondition?.() ?? '';
  const match = /node_modules[\\/]((?:@[^\\/]+[\\/])?[^\\/]+)/.exec(name);
  return match ? match[1] : name.replace(/^.*[\\/]src[\\/]/, 'src/');
}

/**
 * Fails the build when what a page loads before it is interactive exceeds the budget, gzipped
 * at level 9: its HTML, the entry's initial chunks, and the lazy chunks named in
 * `beforeInteractive` (`import(/* webpackChunkName: "…" *\/ …)`) that the page awaits before it
 * renders. office.js comes from Microsoft's CDN and is not counted. Writes `bundle-sizes.json`
 * (initial and each lazy chunk) for the bench.
 */
class InitialLoadBudgetPlugin {
  constructor({ entry, maxGzipBytes, beforeInteractive = [] }) {
    this.entry = entry;
    this.maxGzipBytes = maxGzipBytes;
    this.beforeInteractive = beforeInteractive;
  }

  apply(compiler) {
    const { Compilation, WebpackError, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap(InitialLoadBudgetPlugin.name, (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: InitialLoadBudgetPlugin.name, stage: Compilation.PROCESS_ASSETS_STAGE_REPORT },
        () => {
          const gzipped = (file) =>
            gzipSync(compilation.getAsset(file).source.buffer(), { level: 9 }).length;
          const entrypoint = compilation.entrypoints.get(this.entry);
          const awaited = [...compilation.chunkGroups].filter((group) =>
            this.beforeInteractive.includes(group.name),
          );
          const initialFiles = [
            `${this.entry}.html`,
            ...entrypoint.getFiles(),
            ...awaited.flatMap((group) => group.getFiles()),
          ].filter((file) => !file.endsWith('.map') && compilation.getAsset(file) !== undefined);
          const counted = new Set(initialFiles);
          const initial = initialFiles.map((file) => ({ file, gzipBytes: gzipped(file) }));
          const initialBytes = initial.reduce((sum, f) => sum + f.gzipBytes, 0);
          // Every chunk loaded later, however deep the import() that asks for it.
          const lazy = [];
          const seen = new Set();
          const visit = (group) => {
            for (const child of group.getChildren()) {
              if (seen.has(child)) continue;
              seen.add(child);
              for (const chunk of child.chunks) {
                for (const file of chunk.files) {
                  if (
                    file.endsWith('.js') &&
                    !counted.has(file) &&
                    !lazy.some((l) => l.file === file)
                  ) {
                    lazy.push({
                      file,
                      modules: chunkName(compilation, chunk),
                      gzipBytes: gzipped(file),
                    });
                  }
                }
              }
              visit(child);
            }
          };
          visit(entrypoint);
          const report = {
            entry: this.entry,
            budgetBytes: this.maxGzipBytes,
            initialBytes,
            initial,
            lazy,
          };
          compilation.emitAsset(
            'bundle-sizes.json',
            new sources.RawSource(`${JSON.stringify(report, null, 2)}\n`),
          );
          if (initialBytes > this.maxGzipBytes) {
            const list = initial.map((f) => `${f.file} ${(f.gzipBytes / KB).toFixed(1)} KB`);
            compilation.errors.push(
              new WebpackError(
                `${this.entry}: ${(initialBytes / KB).toFixed(1)} KB gzipped before interactive, ` +
                  `over the ${(this.maxGzipBytes / KB).toFixed(0)} KB budget (${list.join(', ')})`,
              ),
            );
          }
        },
      );
    });
  }
}

module.exports = { InitialLoadBudgetPlugin };
