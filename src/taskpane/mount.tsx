import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import type { TaskpaneServices } from './services';

/** Renders the pane into `container` with the given services. */
export function mountPane(container: HTMLElement, services: TaskpaneServices): void {
  createRoot(container).render(<App services={services} />);
}
