import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { GLOSSARY, type GlossaryTermId } from '../../src/core/glossary';
import { GLOSSARY_NOTES } from '../../src/core/glossary-notes';

const ROOT = resolve(__dirname, '../..');

/** The rows of docs/glossary.md's table, by term id. */
function documentedTerms(): Map<string, string[]> {
  const rows = new Map<string, string[]>();
  for (const line of readFileSync(join(ROOT, 'docs/glossary.md'), 'utf8').split('\n')) {
    // Prettier pads the cells: split on the bars and trim.
    const match = /^\|\s*`(\w+)`\s*\|(.*)\|$/.exec(line);
    if (match)
      rows.set(
        match[1],
        match[2].split('|').map((cell) => cell.trim()),
      );
  }
  return rows;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return filesUnder(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

/**
 * The string literals of a source file (quoted and template), where the user's words are. A
 * literal of one ASCII word ('occurrence', Graph's event type) is code, not text: left out.
 */
function stringLiterals(source: string): string[] {
  const literals = source.match(/'(?:[^'\\\n]|\\.)*'|`(?:[^`\\]|\\.)*`|"(?:[^"\\\n]|\\.)*"/g) ?? [];
  return literals.filter((literal) => !/^.[A-Za-z]+.$/.test(literal));
}

describe('the glossary', () => {
  it('says the same in docs/glossary.md and src/core/glossary.ts', () => {
    const documented = documentedTerms();
    expect([...documented.keys()].sort()).toEqual(Object.keys(GLOSSARY).sort());
    expect(Object.keys(GLOSSARY_NOTES).sort()).toEqual(Object.keys(GLOSSARY).sort());
    for (const id of Object.keys(GLOSSARY) as GlossaryTermId[]) {
      const term = { ...GLOSSARY[id], ...GLOSSARY_NOTES[id] };
      const [fr, en, avoidFr, avoidEn] = documented.get(id) ?? [];
      expect({ id, fr, en, avoidFr, avoidEn }).toEqual({
        id,
        fr: term.fr,
        en: term.en,
        avoidFr: term.avoid.fr.join(', '),
        avoidEn: term.avoid.en.join(', '),
      });
    }
  });

  it('keeps the words it replaces out of the strings the pane and its use-cases show', () => {
    const avoided = Object.values(GLOSSARY_NOTES).flatMap((term) => [
      ...term.avoid.fr,
      ...term.avoid.en,
    ]);
    const found: string[] = [];
    const sources = [
      ...filesUnder(join(ROOT, 'src/taskpane')),
      ...filesUnder(join(ROOT, 'src/usecases')),
    ];
    for (const file of sources) {
      for (const literal of stringLiterals(readFileSync(file, 'utf8'))) {
        for (const word of avoided) {
          if (new RegExp(`(^|[^\\p{L}])${word}($|[^\\p{L}])`, 'iu').test(literal)) {
            found.push(`${file.slice(ROOT.length + 1)}: "${word}" in ${literal.slice(0, 80)}`);
          }
        }
      }
    }
    expect(found).toEqual([]);
  });
});
