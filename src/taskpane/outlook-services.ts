import type { TaskpaneServices } from './services';

/** Builds the services from Office.js and MSAL inside Outlook (the Outlook issue fills this in). */
export async function createOutlookServices(): Promise<TaskpaneServices> {
  throw new Error('Outlook services are not built yet: the Office.js and MSAL adapters come with the Outlook issue.');
}
