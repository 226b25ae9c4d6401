import { existsSync, readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';

const ROOT = resolve(__dirname, '../..');

/** Modules a file loads when it loads: `import … from`, not `import type`, not `import()`. */
function staticImports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/^import\s+(?!type\s)[^;]*?from\s+'([^']+)';/gms)].map((m) => m[1]);
}

/** Every package reached from `entry` through static imports, with the chain that reaches it. */
function packagesReached(entry: string): Map<string, string> {
  const reached = new Map<string, string>();
  const seen = new Set<string>();
  const visit = (file: string, chain: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const target of staticImports(file)) {
      if (!target.startsWith('.')) {
        if (!reached.has(target)) reached.set(target, chain);
        continue;
      }
      const base = resolve(dirname(file), target);
      const next = [`${base}.ts`, resolve(base, 'index.ts')].find((path) => existsSync(path));
      if (next !== undefined) visit(next, `${chain} → ${relative(ROOT, next)}`);
    }
  };
  visit(resolve(ROOT, entry), entry);
  return reached;
}

describe('the taskpane’s first load in Outlook', () => {
  it('has neither MSAL nor the Graph SDK: both are imported when first needed', () => {
    const reached = packagesReached('src/taskpane/outlook-services.ts');

    expect(reached.get('@azure/msal-browser')).toBeUndefined();
    expect(reached.get('@microsoft/microsoft-graph-client')).toBeUndefined();
  });

  it('would notice a static import of them (the check itself works)', () => {
    expect(packagesReached('src/auth/dialog/auth-dialog.ts').has('@azure/msal-browser')).toBe(true);
    expect(
      packagesReached('src/graph/event-tags.ts').has('@microsoft/microsoft-graph-client'),
    ).toBe(true);
  });
});
