import { createHash } from 'node:crypto';
import type { UserDirectory } from '../users';
import { UserDirectory as Directory } from '../users';

/** Drive, sharing and Excel requests: those `--faults` hits. */
export const TEAM_FAULT_PATHS = /\/(drive|drives|shares)\/|\/workbook\//i;

/** A stable Entra-style object id for member `n`. */
function memberId(n: number): string {
  const hex = createHash('sha256').update(`centaure-member-${n}`).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** Adds `count` members, each with a random token, an empty mailbox and an empty drive. */
export function seedTeam(users: UserDirectory, count: number, timeZone: string): void {
  for (let n = 1; n <= count; n += 1) {
    const number = String(n).padStart(2, '0');
    users.add(
      Directory.userFor(
        {
          id: memberId(n),
          displayName: `Membre ${number}`,
          mail: `membre.${number}@contoso.fr`,
        },
        `emulator-member-${number}-${createHash('sha256').update(`${Math.random()}`).digest('base64url').slice(0, 24)}`,
        timeZone,
      ),
    );
  }
}
