import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { readLanguageChoice } from './app/language-choice';
import type { TaskpaneServices } from './services';

/** Renders the pane into `container` with the given services, in the language the user chose. */
export async function mountPane(container: HTMLElement, services: TaskpaneServices): Promise<void> {
  const languageChoice = await readLanguageChoice(services.settings);
  createRoot(container).render(<App services={services} languageChoice={languageChoice} />);
}
