import { Suspense, lazy, useState, type ComponentType } from 'react';
import type { SettingsStore } from '../../storage/settings-store';
import { isFirstRunDue } from '../../usecases/first-run';
import { ViewErrorBoundary } from '../components/view-error-boundary';

/** The first-run card, as its code module exports it. */
export type FirstRunCardComponent = ComponentType<{ onDone(): void }>;

/** What the pane opens with: the card's code for a new user, null for anyone else. */
export type FirstRunStart = { card: FirstRunCardComponent } | null;

const cardModule = () => import(/* webpackChunkName: "first-run-card" */ './first-run-card');

/** The card's code as a `lazy()` component: a fresh one for each retry after a failed download. */
const lazyCard = (): FirstRunCardComponent =>
  lazy(() => cardModule().then((m) => ({ default: m.FirstRunCard })));

/**
 * Asked while the meeting is read, before the pane's first render: whether the user is new
 * and, if so, the card's code. The card is then in the first paint, above the view, instead of
 * arriving after it and pushing the meeting down under the user's pointer. Code that fails to
 * download is fetched again by the card's own error boundary.
 */
export async function firstRunStart(settings: SettingsStore): Promise<FirstRunStart> {
  if (!(await isFirstRunDue(settings))) return null;
  try {
    return { card: (await cardModule()).FirstRunCard };
  } catch {
    return { card: lazyCard() };
  }
}

/**
 * Above the open view, the first time the pane opens (no settings, no tags, nothing marked):
 * the first-run card, until the user goes.
 */
export function FirstRun({ start }: { start: FirstRunStart }) {
  const [Card, setCard] = useState<FirstRunCardComponent | null>(() => start?.card ?? null);
  // Said in the page, for the journeys that check the card stays away.
  if (Card === null) return <span hidden data-first-run="none" />;
  return (
    <ViewErrorBoundary resetKey="first-run" onRetry={() => setCard(lazyCard)}>
      <Suspense fallback={null}>
        <Card onDone={() => setCard(null)} />
      </Suspense>
    </ViewErrorBoundary>
  );
}
