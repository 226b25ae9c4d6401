#!/usr/bin/env node
/**
 * The largest modules of the taskpane's first load, from webpack-bundle-analyzer's JSON report
 * (its parsed and gzip sizes are measured on the minified bundle). Grouped by npm package (or
 * source folder under src/), since one package ships as many small files.
 *
 *   npx webpack --mode production --config-name taskpane --json=stats.json
 *   npx webpack-bundle-analyzer stats.json dist/web -m json -r analysis.json   (the taskpane child)
 *   node scripts/first-load-modules.js analysis.json dist/web/bundle-sizes.json [count]
 */
const fs = require('node:fs');

const [analysisFile, sizesFile, countArg] = process.argv.slice(2);
const analysis = JSON.parse(fs.readFileSync(analysisFile, 'utf8'));
const sizes = JSON.parse(fs.readFileSync(sizesFile, 'utf8'));
const initial = new Set(sizes.initial.map((f) => f.file));

const groups = new Map();
const add = (name, node) => {
  const entry = groups.get(name) ?? { name, parsed: 0, gzip: 0 };
  entry.parsed += node.parsedSize ?? 0;
  entry.gzip += node.gzipSize ?? 0;
  groups.set(name, entry);
};
const groupOf = (path) => {
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path);
  if (pkg) return pkg[1];
  const src = /(src\/[^/]+(?:\/[^/]+)?)\//.exec(path);
  return src ? src[1] : path;
};
const visit = (node) => {
  if (node.groups === undefined || node.groups.length === 0)
    add(groupOf(node.path ?? node.label), node);
  else node.groups.forEach(visit);
};
for (const asset of analysis) if (initial.has(asset.label)) (asset.groups ?? []).forEach(visit);

const rows = [...groups.values()].sort((a, b) => b.gzip - a.gzip);
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
for (const row of rows.slice(0, Number(countArg ?? 10))) {
  process.stdout.write(
    `${row.name.padEnd(44)} ${kb(row.parsed).padStart(9)} min ${kb(row.gzip).padStart(8)} gzip\n`,
  );
}
