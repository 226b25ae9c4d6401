import type { Catalog } from '../../src/core/catalog';
import { DEFAULT_CATALOG, parseCatalog } from '../../src/core/catalog';
import { exportCatalog, importCatalog } from '../../src/core/catalog-transfer';
import { renameImpact } from '../../src/core/retag';
import { ROLE_CATALOGS, ROLES } from '../../src/core/role-catalogs';

const importantShareOfPlan = (catalog: Catalog) => {
  const total = catalog.reduce((sum, t) => sum + t.plannedHours, 0);
  const important = catalog
    .filter((t) => t.quadrant === 'I+U+' || t.quadrant === 'I+U-')
    .reduce((sum, t) => sum + t.plannedHours, 0);
  return { total, share: important / total };
};

describe('starting catalogs by role', () => {
  it.each(ROLES)('%s is a valid catalog the command line reads back as is', (role) => {
    expect(parseCatalog(JSON.parse(exportCatalog(ROLE_CATALOGS[role])))).toEqual(
      ROLE_CATALOGS[role],
    );
  });

  it('each plans a 40-hour week, more of it on important tasks the more senior the role', () => {
    // Director: REU 10 + VEIL 3 + MGT 8 + STRAT 9 + BUDG 2 = 32 of 40.
    expect(importantShareOfPlan(ROLE_CATALOGS.marketingDirector)).toEqual({
      total: 40,
      share: 0.8,
    });
    // Manager: SPEC §3, REU 8 + VEIL 3 + MGT 6 + STRAT 6 + CRISE 1 = 24 of 40.
    expect(importantShareOfPlan(ROLE_CATALOGS.marketingManager)).toEqual({ total: 40, share: 0.6 });
    // Advertising: REU 6 + VEIL 2 + CREA 6 + MEDIA 4 + MGT 2 + CRISE 1 = 21 of 40.
    expect(importantShareOfPlan(ROLE_CATALOGS.advertisingManager)).toEqual({
      total: 40,
      share: 0.525,
    });
  });
});

describe('catalog import and export', () => {
  it('imports an exported catalog, a settings file, and says what is wrong with anything else', () => {
    const mine = DEFAULT_CATALOG.map((t) => ({ ...t, decisionReason: 'Mes valeurs' }));
    expect(importCatalog(exportCatalog(mine))).toEqual(mine);
    expect(importCatalog(JSON.stringify({ catalog: mine, language: 'fr' }))).toEqual(mine);
    expect(() => importCatalog('{nope')).toThrow('This file is not JSON');
    expect(() => importCatalog('[{"code": "m"}]')).toThrow(
      'Catalog, task #1: code "m" must be 2 to 6 characters A-Z or 0-9',
    );
  });
});

describe('renaming a task never orphans past tags', () => {
  const events = [
    // Tagged by the category: stays with MAIL once it is renamed COUR.
    { id: 'a', subject: 'Boîte de réception', categories: ['Rouge', 'Centaure MAIL'] },
    // Tagged by the bare code as a category.
    { id: 'b', subject: 'Emails', categories: ['MAIL'] },
    // Tagged by an organizer's subject prefix.
    { id: 'c', subject: '[MAIL] Tri', categories: [] },
    { id: 'd', subject: 'Comité', categories: ['Centaure STRAT'] },
    { id: 'e', subject: 'Gestion de crise', categories: ['Centaure CRISE'] },
    { id: 'f', subject: 'Sans tag', categories: ['Bleu'] },
  ];
  // MAIL becomes COUR with category "Centaure COUR"; CRISE is deleted; the rest is unchanged.
  const after = DEFAULT_CATALOG.filter((t) => t.code !== 'CRISE').map((t) =>
    t.code === 'MAIL' ? { ...t, code: 'COUR', category: 'Centaure COUR' } : t,
  );
  const previous = new Map(after.map((t) => [t.code, t.code === 'COUR' ? 'MAIL' : t.code]));
  const impact = renameImpact(DEFAULT_CATALOG, after, previous, events);

  it('lists the meetings that would lose their task, with their task before and after', () => {
    expect(impact.retag).toEqual([
      {
        eventId: 'a',
        subject: 'Boîte de réception',
        fromCode: 'MAIL',
        toCode: 'COUR',
      },
      {
        eventId: 'b',
        subject: 'Emails',
        fromCode: 'MAIL',
        toCode: 'COUR',
      },
      {
        eventId: 'c',
        subject: '[MAIL] Tri',
        fromCode: 'MAIL',
        toCode: 'COUR',
      },
    ]);
  });

  it('says which meetings lose their tag because their task was deleted', () => {
    expect(impact.orphaned).toEqual([{ eventId: 'e', subject: 'Gestion de crise', code: 'CRISE' }]);
  });

  it('a label or hours change affects no meeting', () => {
    const relabelled = DEFAULT_CATALOG.map((t) => ({ ...t, plannedHours: t.plannedHours + 1 }));
    const same = new Map(DEFAULT_CATALOG.map((t) => [t.code, t.code]));
    expect(renameImpact(DEFAULT_CATALOG, relabelled, same, events)).toEqual({
      retag: [],
      orphaned: [],
    });
  });

  it('swapping two categories retags both sides', () => {
    const swapped = DEFAULT_CATALOG.map((t) =>
      t.code === 'MAIL'
        ? { ...t, category: 'Centaure STRAT' }
        : t.code === 'STRAT'
          ? { ...t, category: 'Centaure MAIL' }
          : t,
    );
    const same = new Map(DEFAULT_CATALOG.map((t) => [t.code, t.code]));
    const result = renameImpact(DEFAULT_CATALOG, swapped, same, events);
    expect(result.retag.map((r) => r.eventId)).toEqual(['a', 'd']);
  });

  it('a catalog from elsewhere that keeps the codes loses no meeting (a role, the default)', () => {
    // "Start from this catalog" and "Restore the default catalog" bring tasks no edit links
    // to the saved ones: the codes do. The director's catalog has no CRISE: only e loses it.
    const none = new Map<string, string>();
    expect(renameImpact(DEFAULT_CATALOG, ROLE_CATALOGS.marketingManager, none, events)).toEqual({
      retag: [],
      orphaned: [],
    });
    expect(renameImpact(DEFAULT_CATALOG, ROLE_CATALOGS.marketingDirector, none, events)).toEqual({
      retag: [],
      orphaned: [{ eventId: 'e', subject: 'Gestion de crise', code: 'CRISE' }],
    });
  });

  it('a code given to another task by a rename is not the old task', () => {
    // MAIL renamed COUR, and a new task takes the code MAIL: MAIL's meetings follow COUR.
    const reused = [
      ...after,
      { ...DEFAULT_CATALOG[0], label: { fr: 'Autre', en: 'Other' }, category: 'Centaure MAIL' },
    ];
    const result = renameImpact(DEFAULT_CATALOG, reused, previous, events);
    expect(result.retag.map((r) => [r.eventId, r.toCode])).toEqual([
      ['a', 'COUR'],
      ['b', 'COUR'],
      ['c', 'COUR'],
    ]);
  });
});
