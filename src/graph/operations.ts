import type { GraphOperation } from './errors';
import { SCOPES } from './scopes';

/** Every kind of Graph call Centaure makes, named for error messages, with the scope it needs. */
export const OPERATIONS = {
  readCalendar: {
    what: { fr: 'la lecture du calendrier', en: 'reading the calendar' },
    scope: SCOPES.readCalendar,
  },
  readMailboxTimeZone: {
    what: {
      fr: 'la lecture du fuseau horaire de la boîte aux lettres',
      en: 'reading the mailbox time zone',
    },
    scope: SCOPES.readMailboxSettings,
  },
  readCategories: {
    what: { fr: 'la lecture des catégories Outlook', en: 'reading the Outlook categories' },
    scope: SCOPES.readMailboxSettings,
  },
  createCategories: {
    what: { fr: 'la création des catégories Outlook', en: 'creating the Outlook categories' },
    scope: SCOPES.writeCategories,
  },
  readEvent: {
    what: { fr: 'la lecture d’un événement', en: 'reading an event' },
    scope: SCOPES.readCalendar,
  },
  tagEvents: {
    what: { fr: 'le marquage des événements', en: 'tagging events' },
    scope: SCOPES.tagEvents,
  },
  readOwnFile: {
    what: { fr: 'la lecture du classeur dans OneDrive', en: 'reading the workbook in OneDrive' },
    scope: SCOPES.ownWorkbook,
  },
  writeOwnFile: {
    what: {
      fr: 'l’enregistrement du classeur dans OneDrive',
      en: 'saving the workbook to OneDrive',
    },
    scope: SCOPES.ownWorkbook,
  },
  readSharedFile: {
    what: { fr: 'la lecture du classeur partagé', en: 'reading the shared workbook' },
    scope: SCOPES.sharedWorkbook,
  },
  writeSharedFile: {
    what: { fr: 'l’enregistrement du classeur partagé', en: 'saving the shared workbook' },
    scope: SCOPES.sharedWorkbook,
  },
  shareTeamWorkbook: {
    what: { fr: 'le partage du classeur d’équipe', en: 'sharing the team workbook' },
    scope: SCOPES.ownWorkbook,
  },
  readProfile: {
    what: { fr: 'la lecture de votre profil', en: 'reading your profile' },
    scope: SCOPES.readProfile,
  },
} satisfies Record<string, GraphOperation>;
