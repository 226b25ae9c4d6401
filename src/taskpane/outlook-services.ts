import type { TaskpaneServices } from './services';

/**
 * Builds the services from Office.js and MSAL inside Outlook (the Outlook issue fills this in).
 * The pane awaits this module before its first render, so the build counts it in the initial
 * load: import MSAL with `import()` where a token is first asked for, not at the top.
 */
export async function createOutlookServices(): Promise<TaskpaneServices> {
  throw new Error(
    'Outlook services are not built yet: the Office.js and MSAL adapters come with the Outlook issue.',
  );
}
