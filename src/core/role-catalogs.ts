import type { Catalog, Task } from './catalog';
import { DEFAULT_CATALOG } from './catalog';
import type { LocalizedMessage } from './errors';

export const ROLES = ['marketingDirector', 'marketingManager', 'advertisingManager'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_NAMES: Record<Role, LocalizedMessage> = {
  marketingDirector: { fr: 'Directeur ou directrice marketing', en: 'Marketing director' },
  marketingManager: {
    fr: 'Responsable marketing ou projet',
    en: 'Marketing or project manager',
  },
  advertisingManager: { fr: 'Chef de publicité', en: 'Advertising manager' },
};

function base(code: string): Task {
  const task = DEFAULT_CATALOG.find((t) => t.code === code);
  if (task === undefined) throw new RangeError(`SPEC §3 has no task ${code}`);
  return task;
}

const planned = (code: string, plannedHours: number): Task => ({ ...base(code), plannedHours });

const newTask = (
  code: string,
  fr: string,
  en: string,
  quadrant: Task['quadrant'],
  plannedHours: number,
): Task => ({
  code,
  label: { fr, en },
  quadrant,
  plannedHours,
  category: `Centaure ${code}`,
  aiPotential: 'assist',
  // Step 4 is the user's: a task the SPEC does not list starts undecided, that is kept human.
  decision: 'keep',
});

/**
 * Starting catalogs by role, each a variant of SPEC §3 that the user then edits. The more
 * senior the role, the more planned time goes to important tasks (SPEC §1): of a 40-hour week,
 * a director plans 80 % there, a manager 60 % (SPEC §3 itself), an advertising manager 52.5 %.
 */
export const ROLE_CATALOGS: Record<Role, Catalog> = {
  marketingDirector: [
    planned('MAIL', 3),
    planned('REU', 10),
    planned('ADM', 2),
    planned('VEIL', 3),
    planned('OPE', 3),
    planned('MGT', 8),
    planned('STRAT', 9),
    newTask('BUDG', 'Budget et arbitrages', 'Budget and trade-offs', 'I+U-', 2),
  ],
  marketingManager: DEFAULT_CATALOG,
  advertisingManager: [
    planned('MAIL', 6),
    planned('REU', 6),
    planned('ADM', 3),
    planned('VEIL', 2),
    newTask(
      'CAMP',
      'Campagnes : briefs, suivi des agences, relances',
      'Campaigns: briefs, agency follow-up, reminders',
      'I-U+',
      10,
    ),
    newTask(
      'CREA',
      'Création : relecture et validation des contenus',
      'Creative: reviewing and approving content',
      'I+U-',
      6,
    ),
    newTask('MEDIA', 'Plan média et achat d’espace', 'Media planning and buying', 'I+U-', 4),
    planned('MGT', 2),
    planned('CRISE', 1),
  ],
};

/**
 * The role whose starting catalog has exactly the codes of `catalog` (in any order, hours and
 * labels as the user edited them): what the role list shows; null when none matches.
 */
export function matchingRole(catalog: Catalog): Role | null {
  const codes = catalog.map((task) => task.code).sort();
  return (
    ROLES.find((role) => {
      const theirs = ROLE_CATALOGS[role].map((task) => task.code).sort();
      return theirs.length === codes.length && theirs.every((code, i) => code === codes[i]);
    }) ?? null
  );
}
