import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { firstRunStart } from './app/first-run';
import { readLanguageChoice } from './app/language-choice';
import type { TaskpaneServices } from './services';

/**
 * Renders the pane into `container` with the given services, in the language the user chose,
 * with the first-run card for a new user.
 */
export async function mountPane(container: HTMLElement, services: TaskpaneServices): Promise<void> {
  const [languageChoice, firstRun] = await Promise.all([
    readLanguageChoice(services.settings),
    firstRunStart(services.settings),
  ]);
  createRoot(container).render(
    <App services={services} languageChoice={languageChoice} firstRun={firstRun} />,
  );
}
