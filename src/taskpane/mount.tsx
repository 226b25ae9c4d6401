import { createRoot } from 'react-dom/client';
import type { Language } from '../core/errors';
import { App } from './app/app';
import { firstRunStart } from './app/first-run';
import { readLanguageChoice } from './app/language-choice';
import { localZone } from './components/local-zone';
import { formatsFor } from './i18n/format';
import type { TaskpaneServices } from './services';

/**
 * The Tag view's first render writes the meeting's day and hours, and a page's first date
 * format loads the locale's and the zone's ICU data: 75 ms of the main thread in a CPU profile
 * of the bench's cold load, once the meeting had arrived. Made here, while Outlook answers the
 * meeting's reads, that wait is spent before the meeting arrives instead of after.
 */
function warmUpDateFormats(language: Language): void {
  const zone = localZone();
  const formats = formatsFor(language);
  const now = new Date();
  formats.day(now, zone);
  formats.time(now, zone);
}

/**
 * Renders the pane into `container` with the given services, in the language the user chose,
 * with the first-run card for a new user.
 */
export async function mountPane(container: HTMLElement, services: TaskpaneServices): Promise<void> {
  const [languageChoice, firstRun] = await Promise.all([
    readLanguageChoice(services.settings),
    firstRunStart(services.settings),
  ]);
  warmUpDateFormats(languageChoice ?? services.display.language);
  createRoot(container).render(
    <App services={services} languageChoice={languageChoice} firstRun={firstRun} />,
  );
}
