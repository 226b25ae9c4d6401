const { gzipSync } = require('node:zlib');

const KB = 1024;

/**
 * Fails the build when what a page loads before it is interactive (its HTML and the entry's
 * initial chunks; office.js comes from Microsoft's CDN and is not counted) exceeds the budget,
 * gzipped at level 9. Writes `bundle-sizes.json` (initial and each lazy chunk) for the bench.
 */
class InitialLoadBudgetPlugin {
  constructor({ entry, maxGzipBytes }) {
    this.entry = entry;
    this.maxGzipBytes = maxGzipBytes;
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
          const initialFiles = [`${this.entry}.html`, ...entrypoint.getFiles()].filter(
            (file) => !file.endsWith('.map') && compilation.getAsset(file) !== undefined,
          );
          const initial = initialFiles.map((file) => ({ file, gzipBytes: gzipped(file) }));
          const initialBytes = initial.reduce((sum, f) => sum + f.gzipBytes, 0);
          const lazy = [];
          for (const group of entrypoint.getChildren()) {
            for (const chunk of group.chunks) {
              for (const file of chunk.files) {
                if (file.endsWith('.js') && !lazy.some((l) => l.file === file)) {
                  lazy.push({ file, gzipBytes: gzipped(file) });
                }
              }
            }
          }
          const report = { entry: this.entry, budgetBytes: this.maxGzipBytes, initialBytes, initial, lazy };
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
