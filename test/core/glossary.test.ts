import { readFileSync } from 'node:fs';
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
});
