import { lazy, type ComponentType } from 'react';
import type { LocalizedMessage } from '../../core/errors';
import { TagView } from '../views/tag/tag-view';

/** One tab of the pane. Adding a view: its component in `views/<name>/`, and one entry below. */
export interface ViewEntry {
  readonly id: string;
  readonly label: LocalizedMessage;
  readonly component: ComponentType;
}

// The Tag view opens with the pane and ships with it; the others load when first shown.
export const VIEWS: readonly ViewEntry[] = [
  { id: 'tag', label: { fr: 'Étiqueter', en: 'Tag' }, component: TagView },
  {
    id: 'week',
    label: { fr: 'Semaine', en: 'Week' },
    component: lazy(() => import('../views/week/week-view').then((m) => ({ default: m.WeekView }))),
  },
  {
    id: 'generate',
    label: { fr: 'Générer', en: 'Generate' },
    component: lazy(() =>
      import('../views/generate/generate-view').then((m) => ({ default: m.GenerateView })),
    ),
  },
  {
    id: 'tasks',
    label: { fr: 'Tâches', en: 'Tasks' },
    component: lazy(() =>
      import('../views/tasks/tasks-view').then((m) => ({ default: m.TasksView })),
    ),
  },
  {
    id: 'results',
    label: { fr: 'Résultats', en: 'Results' },
    component: lazy(() =>
      import('../views/results/results-view').then((m) => ({ default: m.ResultsView })),
    ),
  },
  {
    id: 'team',
    label: { fr: 'Équipe', en: 'Team' },
    component: lazy(() => import('../views/team/team-view').then((m) => ({ default: m.TeamView }))),
  },
  {
    id: 'settings',
    label: { fr: 'Réglages', en: 'Settings' },
    component: lazy(() =>
      import('../views/settings/settings-view').then((m) => ({ default: m.SettingsView })),
    ),
  },
];
