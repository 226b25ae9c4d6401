import {
  Badge,
  Button,
  Caption1,
  Spinner,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { CheckLine } from '../../../usecases/self-test';
import { checkTitle, runSelfTest, selfTestReport } from '../../../usecases/self-test';
import { diagnosticsAsked } from '../../app/diagnostics-url';
import { useServices } from '../../app/services-context';
import { StatusMessage, type Status } from '../../components/status-message';
import { useI18n, useStrings, type Localized } from '../../i18n/i18n';

const STRINGS: Localized<{
  open: string;
  heading: string;
  intro: string;
  running: string;
  ok: string;
  problem: string;
  copy: string;
  copied: string;
  copyFailed: string;
  again: string;
}> = {
  fr: {
    open: 'Diagnostic',
    heading: 'Diagnostic',
    intro:
      'Vérifie chaque élément dont Centaure dépend, sans rien modifier. Le rapport ne contient ni jeton, ni objet de réunion, ni participant.',
    running: 'Vérification en cours…',
    ok: 'OK',
    problem: 'Problème',
    copy: 'Copier le rapport',
    copied: 'Rapport copié : collez-le dans votre message au service informatique.',
    copyFailed: 'La copie a été refusée : sélectionnez le texte du rapport ci-dessus et copiez-le.',
    again: 'Relancer',
  },
  en: {
    open: 'Diagnostics',
    heading: 'Diagnostics',
    intro:
      'Checks each thing Centaure depends on, changing nothing. The report holds no token, meeting subject or attendee.',
    running: 'Checking…',
    ok: 'OK',
    problem: 'Problem',
    copy: 'Copy report',
    copied: 'Report copied: paste it into your message to IT.',
    copyFailed: 'Copying was refused: select the report’s text above and copy it.',
    again: 'Run again',
  },
};

const useStyles = makeStyles({
  view: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  list: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
    margin: 0,
    padding: 0,
    listStyle: 'none',
  },
  line: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXXS },
  title: { display: 'flex', alignItems: 'center', columnGap: tokens.spacingHorizontalS },
  detail: { color: tokens.colorNeutralForeground2, overflowWrap: 'anywhere' },
  actions: { display: 'flex', columnGap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
});

/** The first-day self-test: one line per dependency, and the report to copy for IT. */
export function DiagnosticsView() {
  const services = useServices();
  const { say, language } = useI18n();
  const s = useStrings(STRINGS);
  const styles = useStyles();
  const [lines, setLines] = useState<CheckLine[] | null>(null);
  const [status, setStatus] = useState<Status>(null);
  const [run, setRun] = useState(0);

  useEffect(() => {
    let live = true;
    setLines(null);
    void import('../../../usecases/self-test-graph')
      .then(({ selfTestPorts }) => runSelfTest(selfTestPorts(services)))
      .then((result) => live && setLines(result));
    return () => {
      live = false;
    };
  }, [services, run]);

  const copy = () => {
    if (lines === null) return;
    navigator.clipboard.writeText(selfTestReport(lines, language)).then(
      () => setStatus({ intent: 'success', text: s.copied }),
      () => setStatus({ intent: 'warning', text: s.copyFailed }),
    );
  };

  return (
    <section className={styles.view} aria-labelledby="diagnostics-heading">
      <h2 id="diagnostics-heading">{s.heading}</h2>
      <Text>{s.intro}</Text>
      {lines === null ? (
        <Spinner size="small" label={s.running} />
      ) : (
        <ul className={styles.list} data-testid="diagnostics-lines">
          {lines.map((line) => (
            <li key={line.id} className={styles.line}>
              <span className={styles.title}>
                <Badge color={line.ok ? 'success' : 'danger'} appearance="filled">
                  {line.ok ? s.ok : s.problem}
                </Badge>
                <Text weight="semibold">{say(checkTitle(line.id))}</Text>
              </span>
              <Caption1 className={styles.detail}>{say(line.detail)}</Caption1>
              {line.fix !== null && <Caption1>{say(line.fix)}</Caption1>}
            </li>
          ))}
        </ul>
      )}
      <div className={styles.actions}>
        <Button appearance="primary" disabled={lines === null} onClick={copy}>
          {s.copy}
        </Button>
        <Button disabled={lines === null} onClick={() => setRun(run + 1)}>
          {s.again}
        </Button>
      </div>
      <StatusMessage status={status} />
    </section>
  );
}

/** Settings' entry to the self-test; open at once when the pane's URL has `?diagnostics`. */
export function DiagnosticsEntry() {
  const s = useStrings(STRINGS);
  const [open, setOpen] = useState(() => diagnosticsAsked());
  if (open) return <DiagnosticsView />;
  return (
    <div>
      <Button onClick={() => setOpen(true)}>{s.open}</Button>
    </div>
  );
}
