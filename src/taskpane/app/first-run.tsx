import { Suspense, lazy, useEffect, useState } from 'react';
import { isFirstRunDue } from '../../usecases/first-run';
import { ViewErrorBoundary } from '../components/view-error-boundary';
import { useServices } from './services-context';

/** The card's code, fetched only for a new user: a fresh `lazy()` on each retry. */
const cardCode = () =>
  lazy(() =>
    import(/* webpackChunkName: "first-run-card" */ './first-run-card').then((m) => ({
      default: m.FirstRunCard,
    })),
  );

/**
 * Above the open view, the first time the pane opens (no settings, no tags, nothing marked):
 * the first-run card, until the user goes. Loaded after the pane's first render (app.tsx), so
 * the meeting's pane is as fast as on any other day and none of this is in its first load.
 */
export function FirstRun() {
  const services = useServices();
  const [due, setDue] = useState<boolean | null>(null);
  const [Card, setCard] = useState(cardCode);
  useEffect(() => {
    let current = true;
    void isFirstRunDue(services.settings).then((answer) => current && setDue(answer));
    return () => {
      current = false;
    };
  }, [services]);
  if (due === null) return null;
  // Said in the page once known, for the journeys that check the card stays away.
  if (!due) return <span hidden data-first-run="none" />;
  return (
    <ViewErrorBoundary resetKey="first-run" onRetry={() => setCard(cardCode)}>
      <Suspense fallback={null}>
        <Card onDone={() => setDue(false)} />
      </Suspense>
    </ViewErrorBoundary>
  );
}
