import {
  FluentProvider,
  Spinner,
  makeStyles,
  tokens,
  webDarkTheme,
  webLightTheme,
} from '@fluentui/react-components';
import { Suspense, useEffect, useMemo, useState } from 'react';
import type { Language } from '../../core/errors';
import { I18nContext, i18nFor } from '../i18n/i18n';
import type { TaskpaneServices } from '../services';
import { ChooseLanguageContext } from './language-choice';
import { TabBar } from './tab-bar';
import { ServicesContext } from './services-context';
import { ViewErrorBoundary } from '../components/view-error-boundary';
import { VIEWS, forgetViewComponent, viewComponent } from './views';

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

/**
 * The pane: the language the user chose (`languageChoice`, read from the settings before the
 * first render; null for the host's), the host's theme, the tab bar (daily views and "More"), the services for all.
 */
export function App({
  services,
  languageChoice,
}: {
  services: TaskpaneServices;
  languageChoice: Language | null;
}) {
  const styles = useStyles();
  const [choice, setChoice] = useState(languageChoice);
  const language = choice ?? services.display.language;
  const i18n = useMemo(() => i18nFor(language), [language]);
  const [selected, setSelected] = useState(VIEWS[0].id);
  const view = VIEWS.find((entry) => entry.id === selected) ?? VIEWS[0];
  const View = viewComponent(view);
  // Bumped by "Try again": the view's boundary and component start afresh.
  const [attempt, setAttempt] = useState(0);
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
              // A view of the "More" menu is named by the "More" tab, which shows its name.
              aria-labelledby={view.daily ? `tab-${view.id}` : 'tab-more'}
            >
              <ViewErrorBoundary
                key={`${view.id}:${attempt}`}
                onRetry={() => {
                  forgetViewComponent(view);
                  setAttempt((n) => n + 1);
                }}
              >
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
