import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

const PANE = resolve(__dirname, '../../src/taskpane');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return name.endsWith('.tsx') ? [path] : [];
  });
}

/**
 * Griffel (makeStyles) writes atomic classes: two class strings joined by hand both set, say,
 * `text-align`, and which one wins depends on the order the rules were inserted, not the
 * order written. The quadrant grid showed all cells grey and the Task header right-aligned
 * that way. `mergeClasses` drops the overridden atoms, the last argument winning.
 */
describe('class names in the pane', () => {
  it('are merged with mergeClasses, never joined as strings', () => {
    const joined: string[] = [];
    for (const file of sources(PANE)) {
      readFileSync(file, 'utf8')
        .split('\n')
        .forEach((line, index) => {
          // A template or array joining styles, or styles added with +.
          if (
            /className=\{`[^`]*\$\{|className=\{\[|styles\.\w+\s*\+|\+\s*styles\.\w+/.test(line)
          ) {
            joined.push(`${file.slice(PANE.length + 1)}:${index + 1}: ${line.trim()}`);
          }
        });
    }
    expect(joined).toEqual([]);
  });
});
