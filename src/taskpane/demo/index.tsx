import {
  FluentProvider,
  makeStyles,
  tokens,
  webDarkTheme,
  webLightTheme,
} from '@fluentui/react-components';
import { createRoot } from 'react-dom/client';
import { subjectCodePrefix } from '../../core/tag-resolution';
import type { Language } from '../../core/errors';
import { App } from '../app/app';
import { firstRunStart, type FirstRunStart } from '../app/first-run';
import { readLanguageChoice } from '../app/language-choice';
import { warmUpSuggestions } from '../../usecases/tag-meeting';
import { createDemoServices, demoStores, fetchDemoConfig } from './demo-services';
import { meetingFromJson } from './meeting-json';
import { MeetingList } from './meeting-list';

const useStyles = makeStyles({
  page: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalXL,
    padding: tokens.spacingHorizontalL,
    minHeight: '100vh',
    boxSizing: 'border-box',
    backgroundColor: tokens.colorNeutralBackground2,
  },
  calendar: { flex: '1 1 280px', maxWidth: '480px' },
  // Outlook's pane: 320 px wide by default, resizable up to 450.
  pane: {
    boxSizing: 'border-box',
    width: '320px',
    minWidth: '320px',
    maxWidth: '450px',
    height: '570px',
    resize: 'horizontal',
    overflow: 'hidden',
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    boxShadow: tokens.shadow8,
  },
});

function DemoPage({
  services,
  languageChoice,
  firstRun,
}: {
  services: ReturnType<typeof createDemoServices>;
  languageChoice: Language | null;
  firstRun: FirstRunStart;
}) {
  const styles = useStyles();
  const theme = services.display.theme === 'dark' ? webDarkTheme : webLightTheme;
  return (
    <FluentProvider theme={theme} className={styles.page} lang={services.display.language}>
      <div className={styles.calendar}>
        <MeetingList mailbox={services.mailbox} language={services.display.language} />
      </div>
      <main id="pane" className={styles.pane} aria-label="Centaure">
        <App services={services} languageChoice={languageChoice} firstRun={firstRun} />
      </main>
    </FluentProvider>
  );
}

async function start(container: HTMLElement): Promise<void> {
  const stores = demoStores();
  // Built while the page's data is on its way.
  warmUpSuggestions(stores);
  const config = await fetchDemoConfig();
  const services = createDemoServices(config, window.location, stores);
  const meetings = services.mailbox.holdWeek(config.meetings.map(meetingFromJson));
  // `?meeting=N` opens the Nth meeting; by default the first one not tagged yet, either way.
  const asked = Number(new URLSearchParams(window.location.search).get('meeting') ?? NaN);
  const first = Number.isInteger(asked)
    ? meetings[asked]
    : (meetings.find(
        (meeting) => meeting.categories.length === 0 && subjectCodePrefix(meeting.subject) === null,
      ) ?? meetings[0]);
  if (first !== undefined) services.mailbox.open(first.id);
  const [languageChoice, firstRun] = await Promise.all([
    readLanguageChoice(stores.settings),
    firstRunStart(stores.settings),
  ]);
  createRoot(container).render(
    <DemoPage services={services} languageChoice={languageChoice} firstRun={firstRun} />,
  );
}

const container = document.getElementById('root');
if (container !== null) {
  start(container).catch((error: unknown) => {
    container.textContent = `Demo: ${error instanceof Error ? error.message : String(error)}`;
  });
}
