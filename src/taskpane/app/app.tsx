import {
  FluentProvider,
  Spinner,
  makeStyles,
  tokens,
  webDarkTheme,
  webLightTheme,
} from '@fluentui/react-components';
import {
  Suspense,
  lazy,
  useCallback,
  useEffect,
  useMemo,
  useState,
  type ComponentType,
} from 'react';
import type { Language } from '../../core/errors';
import { I18nContext, i18nFor } from '../i18n/i18n';
import type { TaskpaneServices } from '../services';
import { ChooseLanguageContext } from './language-choice';
import { ServicesContext } from './services-context';
import { ViewErrorBoundary } from '../components/view-error-boundary';
import { TabBar } from './tab-bar';
import { VIEWS, type ViewEntry } from './views';
import { diagnosticsAsked } from './diagnostics-url';
import { FirstRun, type FirstRunStart } from './first-run';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    height: '100%',
    minWidth: '0',
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
  },
  view: {
    flexGrow: 1,
    overflowY: 'auto',
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
  },
});

/** A view's component: its own, or a fresh `lazy()` of its import (a new one on each retry). */
function viewComponent(entry: ViewEntry): ComponentType {
  return 'component' in entry ? entry.component : lazy(entry.load);
}

/**
 * The pane: the language the user chose (`languageChoice`, read from the settings before the
 * first render; null for the host's), the first-run card for a new user (`firstRun`, asked
 * before it too), the host's theme, one tab per view, the services for all.
 */
export function App({
  services,
  languageChoice,
  firstRun,
}: {
  services: TaskpaneServices;
  languageChoice: Language | null;
  firstRun: FirstRunStart;
}) {
  const styles = useStyles();
  const [choice, setChoice] = useState(languageChoice);
  const language = choice ?? services.display.language;
  const i18n = useMemo(() => i18nFor(language), [language]);
  // `?diagnostics` opens Settings, whose self-test then runs at once.
  const [selected, setSelected] = useState(diagnosticsAsked() ? 'settings' : VIEWS[0].id);
  const view = VIEWS.find((entry) => entry.id === selected) ?? VIEWS[0];
  const [components, setComponents] = useState(
    () => new Map(VIEWS.map((entry) => [entry.id, viewComponent(entry)])),
  );
  const [retried, setRetried] = useState<ReadonlySet<string>>(new Set());
  const retry = useCallback(() => {
    if (retried.has(view.id)) {
      // Failed again after a fresh import: the chunk is gone, a new version was deployed while
      // the pane was open. Reloading the pane fetches the new version's code.
      globalThis.location.reload();
      return;
    }
    setRetried(new Set(retried).add(view.id));
    setComponents((current) => new Map(current).set(view.id, viewComponent(view)));
  }, [retried, view]);
  const View = components.get(view.id) ?? viewComponent(view);
  useEffect(() => {
    // Pushes the team workbook did not get last time go now; the Generate view lists what stays.
    // The sending code loads only when something waits: the pane opens for every meeting.
    services.teamOutbox
      .list()
      .then((pending) => (pending.length === 0 ? null : import('../../usecases/generate-week')))
      .then((sending) =>
        sending?.sendPendingTeamPushes(
          {
            tokens: services.tokens,
            graphBaseUrl: services.graphBaseUrl,
            settings: services.settings,
            outbox: services.teamOutbox,
          },
          new Date(),
        ),
      )
      .catch(() => undefined);
  }, [services]);
  return (
    <ServicesContext.Provider value={services}>
      <ChooseLanguageContext.Provider value={setChoice}>
        <I18nContext.Provider value={i18n}>
          <FluentProvider
            theme={services.display.theme === 'dark' ? webDarkTheme : webLightTheme}
            className={styles.root}
            lang={i18n.language}
          >
            <TabBar views={VIEWS} selected={view.id} onSelect={setSelected} />
            <div
              className={styles.view}
              role="tabpanel"
              aria-labelledby={view.daily ? `tab-${view.id}` : 'tab-more'}
            >
              <FirstRun start={firstRun} />
              <ViewErrorBoundary resetKey={view.id} onRetry={retry}>
                <Suspense fallback={<Spinner size="small" />}>
                  <View />
                </Suspense>
              </ViewErrorBoundary>
            </div>
          </FluentProvider>
        </I18nContext.Provider>
      </ChooseLanguageContext.Provider>
    </ServicesContext.Provider>
  );
}
