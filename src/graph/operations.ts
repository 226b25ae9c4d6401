import type { GraphOperation } from './errors';
import type { Scope } from './scopes';
import { SCOPES } from './scopes';

/** What the call does, as a gerund phrase in each language, and the scope it needs. */
function operation(fr: string, en: string, scope: Scope): GraphOperation {
  return { what: { fr, en }, scope };
}

/** Every kind of Graph call Centaure makes, named for error messages, with the scope it needs. */
export const OPERATIONS = {
  readCalendar: operation('la lecture du calendrier', 'reading the calendar', SCOPES.readCalendar),
  readMailboxTimeZone: operation(
    'la lecture du fuseau horaire de la boîte aux lettres',
    'reading the mailbox time zone',
    SCOPES.readMailboxSettings,
  ),
  readCategories: operation(
    'la lecture des catégories Outlook',
    'reading the Outlook categories',
    SCOPES.readMailboxSettings,
  ),
  createCategories: operation(
    'la création des catégories Outlook',
    'creating the Outlook categories',
    SCOPES.writeCategories,
  ),
  readEvent: operation('la lecture d’un événement', 'reading an event', SCOPES.readCalendar),
  tagEvents: operation('le marquage des événements', 'tagging events', SCOPES.tagEvents),
  readOwnFile: operation(
    'la lecture du classeur dans OneDrive',
    'reading the workbook in OneDrive',
    SCOPES.ownWorkbook,
  ),
  writeOwnFile: operation(
    'l’enregistrement du classeur dans OneDrive',
    'saving the workbook to OneDrive',
    SCOPES.ownWorkbook,
  ),
  readSharedFile: operation(
    'la lecture du classeur partagé',
    'reading the shared workbook',
    SCOPES.sharedWorkbook,
  ),
  writeSharedFile: operation(
    'l’enregistrement du classeur partagé',
    'saving the shared workbook',
    SCOPES.sharedWorkbook,
  ),
  shareTeamWorkbook: operation(
    'le partage du classeur d’équipe',
    'sharing the team workbook',
    SCOPES.ownWorkbook,
  ),
  readProfile: operation('la lecture de votre profil', 'reading your profile', SCOPES.readProfile),
} satisfies Record<string, GraphOperation>;
