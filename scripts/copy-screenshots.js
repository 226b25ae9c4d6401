// `npm run screenshots`, last step: copies the pictures the README shows from test-output/
// (where the tests write them) into docs/images/ (where they are committed).
const { copyFileSync, existsSync, mkdirSync } = require('node:fs');
const { join } = require('node:path');

const root = join(__dirname, '..');
const PICTURES = {
  'pane-week.png': 'week-en-light.png',
  'dashboard.png': 'dashboard-en.png',
};

mkdirSync(join(root, 'docs/images'), { recursive: true });
for (const [target, source] of Object.entries(PICTURES)) {
  const from = join(root, 'test-output', source);
  if (!existsSync(from)) {
    process.stderr.write(`${from} is missing: its test did not run or did not pass.\n`);
    process.exit(1);
  }
  copyFileSync(from, join(root, 'docs/images', target));
  process.stdout.write(`docs/images/${target} ← test-output/${source}\n`);
}
