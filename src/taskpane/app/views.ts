import { lazy, type ComponentType } from 'react';
import type { LocalizedMessage } from '../../core/errors';
import { TagView } from '../views/tag/tag-view';

/** One tab of the pane. Adding a view: its component in `views/<name>/`, and one entry below. */
export interface ViewEntry {
  readonly id: string;
  readonly label: LocalizedMessage;
  /** Makes the view's component; for a view loaded on demand, a new `lazy` at each call. */
  readonly make: () => ComponentType;
}

/**
 * A view whose code downloads when first shown. React keeps a failed `lazy` import for good,
 * so a retry needs a new one; webpack, for its part, requests a chunk that failed again.
 */
const onDemand =
  (load: () => Promise<ComponentType>): (() => ComponentType) =>
  () =>
    lazy(() => load().then((component) => ({ default: component })));

// The Tag view opens with the pane and ships with it; the others load when first shown.
export const VIEWS: readonly ViewEntry[] = [
  { id: 'tag', label: { fr: 'Étiqueter', en: 'Tag' }, make: () => TagView },
  {
    id: 'week',
    label: { fr: 'Semaine', en: 'Week' },
    make: onDemand(() => import('../views/week/week-view').then((m) => m.WeekView)),
  },
  {
    id: 'generate',
    label: { fr: 'Générer', en: 'Generate' },
    make: onDemand(() => import('../views/generate/generate-view').then((m) => m.GenerateView)),
  },
  {
    id: 'tasks',
    label: { fr: 'Tâches', en: 'Tasks' },
    make: onDemand(() => import('../views/tasks/tasks-view').then((m) => m.TasksView)),
  },
  {
    id: 'results',
    label: { fr: 'Résultats', en: 'Results' },
    make: onDemand(() => import('../views/results/results-view').then((m) => m.ResultsView)),
  },
  {
    id: 'team',
    label: { fr: 'Équipe', en: 'Team' },
    make: onDemand(() => import('../views/team/team-view').then((m) => m.TeamView)),
  },
  {
    id: 'settings',
    label: { fr: 'Réglages', en: 'Settings' },
    make: onDemand(() => import('../views/settings/settings-view').then((m) => m.SettingsView)),
  },
];

/** Each view's component, made once so its code downloads once; dropped to try again. */
const made = new Map<string, ComponentType>();

export function viewComponent(entry: ViewEntry): ComponentType {
  let component = made.get(entry.id);
  if (component === undefined) {
    component = entry.make();
    made.set(entry.id, component);
  }
  return component;
}

/** The view failed (its code did not download): the next render makes it again. */
export function forgetViewComponent(entry: ViewEntry): void {
  made.delete(entry.id);
}
