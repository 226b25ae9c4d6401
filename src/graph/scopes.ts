/**
 * The delegated Microsoft Graph permissions Centaure asks for, each the least privileged
 * one that does the job (SPEC §8). A feature asks only for its own scopes, so someone who
 * only pulls their week never consents to writing anything.
 *
 * | scope | what needs it |
 * |---|---|
 * | Calendars.Read | reading the week (`GET /me/calendarView`): `centaure pull`, the week review |
 * | Calendars.ReadWrite | tagging (`PATCH /me/events/{id}` sets `categories`) |
 * | MailboxSettings.Read | the mailbox time zone and the category list (`GET /me/mailboxSettings`, `GET /me/outlook/masterCategories`) |
 * | MailboxSettings.ReadWrite | creating the catalog's categories (`POST /me/outlook/masterCategories`) |
 * | Files.ReadWrite | the tracking workbook in the user's own OneDrive |
 * | Files.ReadWrite.All | only with a team workbook: it lives in the manager's OneDrive, and `Files.ReadWrite` reaches only the user's own files |
 * | User.Read | the member's id and name on their team rows (`GET /me`) |
 */
export const SCOPES = {
  readCalendar: 'Calendars.Read',
  tagEvents: 'Calendars.ReadWrite',
  readMailboxSettings: 'MailboxSettings.Read',
  writeCategories: 'MailboxSettings.ReadWrite',
  ownWorkbook: 'Files.ReadWrite',
  sharedWorkbook: 'Files.ReadWrite.All',
  readProfile: 'User.Read',
} as const;

export type Scope = (typeof SCOPES)[keyof typeof SCOPES];

/** What `centaure pull` needs: the week and, without `--tz`, the mailbox time zone. */
export const PULL_SCOPES: readonly Scope[] = [SCOPES.readCalendar, SCOPES.readMailboxSettings];

/** Asked for only when a member joins a team (work or school accounts only). */
export const TEAM_MEMBER_SCOPES: readonly Scope[] = [SCOPES.sharedWorkbook, SCOPES.readProfile];

/** What a manager needs to create the team workbook in their own OneDrive and share it. */
export const TEAM_MANAGER_SCOPES: readonly Scope[] = [SCOPES.ownWorkbook];
