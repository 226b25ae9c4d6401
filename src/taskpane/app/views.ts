import type { ComponentType } from 'react';
import type { LocalizedMessage } from '../../core/errors';
import { GLOSSARY } from '../../core/glossary';
import { TagView } from '../views/tag/tag-view';

/** A view's code: already in the first load, or loaded when first shown. */
export type ViewCode =
  | { readonly component: ComponentType }
  | { readonly load: () => Promise<{ default: ComponentType }> };

/**
 * One view of the pane. Adding a view: its component in `views/<name>/`, and one entry below.
 * `daily` views are tabs; the others sit in the "More" menu (one row of tabs at 320 px).
 */
export type ViewEntry = {
  readonly id: string;
  readonly label: LocalizedMessage;
  readonly daily: boolean;
} & ViewCode;

// The Tag view opens with the pane and ships with it; the others load when first shown.
export const VIEWS: readonly ViewEntry[] = [
  // The daily three: the meeting, the week, the end-of-week sheet.
  { id: 'tag', label: GLOSSARY.viewTag, daily: true, component: TagView },
  {
    id: 'week',
    label: GLOSSARY.viewWeek,
    daily: true,
    load: () => import('../views/week/week-view').then((m) => ({ default: m.WeekView })),
  },
  {
    id: 'generate',
    label: GLOSSARY.viewGenerate,
    daily: true,
    load: () =>
      import('../views/generate/generate-view').then((m) => ({ default: m.GenerateView })),
  },
  {
    id: 'tasks',
    label: GLOSSARY.viewTasks,
    daily: false,
    load: () => import('../views/tasks/tasks-view').then((m) => ({ default: m.TasksView })),
  },
  {
    id: 'results',
    label: GLOSSARY.viewResults,
    daily: false,
    load: () => import('../views/results/results-view').then((m) => ({ default: m.ResultsView })),
  },
  {
    id: 'team',
    label: GLOSSARY.viewTeam,
    daily: false,
    load: () => import('../views/team/team-view').then((m) => ({ default: m.TeamView })),
  },
  {
    id: 'settings',
    label: GLOSSARY.viewSettings,
    daily: false,
    load: () =>
      import('../views/settings/settings-view').then((m) => ({ default: m.SettingsView })),
  },
];
