import {
  FluentProvider,
  Spinner,
  Tab,
  TabList,
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
import { ServicesContext } from './services-context';
import { ViewErrorBoundary } from '../components/view-error-boundary';
import { diagnosticsAsked } from './diagnostics-url';
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
  tabs: {
    flexShrink: 0,
    // Six tabs do not fit 320 px on one line: they wrap rather than widen the pane.
    flexWrap: 'wrap',
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    paddingInline: tokens.spacingHorizontalS,
  },
  view: {
    flexGrow: 1,
    overflowY: 'auto',
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
  },
});

/**
 * The pane: the language the user chose (`languageChoice`, read from the settings before the
 * first render; null for the host's), the host's theme, one tab per view, the services for all.
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
  // `?diagnostics` opens Settings, whose self-test then runs at once.
  const [selected, setSelected] = useState(diagnosticsAsked() ? 'settings' : VIEWS[0].id);
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
            <TabList
              className={styles.tabs}
              // Four tabs, the selected one bold, in French at 320 px: the medium size overflows.
              size="small"
              selectedValue={selected}
              onTabSelect={(_event, data) => setSelected(String(data.value))}
            >
              {VIEWS.map((entry) => (
                <Tab key={entry.id} value={entry.id} id={`tab-${entry.id}`}>
                  {i18n.say(entry.label)}
                </Tab>
              ))}
            </TabList>
            <div className={styles.view} role="tabpanel" aria-labelledby={`tab-${view.id}`}>
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
