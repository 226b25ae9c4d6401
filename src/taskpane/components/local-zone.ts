/** Outlook shows times in the machine's zone; so does the pane. */
export function localZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}
