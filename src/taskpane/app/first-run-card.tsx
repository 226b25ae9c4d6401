import { Button, Field, Subtitle2, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { matchingRole, type Role } from '../../core/role-catalogs';
import { messageOf } from '../../usecases/error-message';
import { finishFirstRun } from '../../usecases/finish-first-run';
import { readCatalog } from '../../usecases/user-catalog';
import { RoleSelect } from '../components/role-select';
import { StatusMessage, type Status } from '../components/status-message';
import { useI18n, useStrings, type Localized } from '../i18n/i18n';
import { useServices } from './services-context';

const STRINGS: Localized<{
  title: string;
  lines: readonly [string, string, string];
  role: string;
  roleHint: string;
  noRole: string;
  go: string;
}> = {
  fr: {
    title: 'Bienvenue dans Centaure',
    lines: [
      'Centaure compte le temps de votre agenda Outlook, tâche par tâche de votre métier.',
      'Étiquetez chaque réunion d’une tâche : en fin de semaine, votre classeur de suivi se remplit seul dans OneDrive.',
      'Vous voyez où va votre temps, décidez où l’IA peut vous aider, et mesurez ce qu’elle change.',
    ],
    role: 'Votre rôle',
    roleHint: 'Il donne vos tâches de départ ; vous les modifiez quand vous voulez dans Tâches.',
    noRole: 'Je choisirai plus tard',
    go: 'Commencer',
  },
  en: {
    title: 'Welcome to Centaure',
    lines: [
      'Centaure counts the time in your Outlook calendar, task by task of your job.',
      'Tag each meeting with a task: at the end of the week, your tracking workbook fills itself in OneDrive.',
      'You see where your time goes, decide where AI can help you, and measure what it changes.',
    ],
    role: 'Your role',
    roleHint: 'It gives your starting tasks; you edit them whenever you like in Tasks.',
    noRole: 'I will choose later',
    go: 'Get started',
  },
};

const useStyles = makeStyles({
  // A plain box, not Fluent's Card: every style ships in the pane's first load (one CSS file).
  card: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
    marginBottom: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground3,
  },
  lines: {
    margin: 0,
    paddingInlineStart: tokens.spacingHorizontalL,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXS,
  },
  // One column no wider than the pane, however long a role's name.
  field: { gridTemplateColumns: 'minmax(0, 1fr)' },
  go: { alignSelf: 'start' },
});

/**
 * The first run: what Centaure does and why in three lines, the user's role (the Tasks view's
 * starting catalogs), and go. Loaded only for a new user: it is not in the pane's first load.
 */
export function FirstRunCard(props: { onDone(): void }) {
  const services = useServices();
  const { say } = useI18n();
  const s = useStrings(STRINGS);
  const styles = useStyles();
  const [role, setRole] = useState<Role | ''>('');
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<Status>(null);

  useEffect(() => {
    // The role whose tasks the catalog already has, if any; otherwise none until one is picked.
    let current = true;
    readCatalog(services.settings).then(
      (catalog) =>
        current && setRole((picked) => (picked === '' ? (matchingRole(catalog) ?? '') : picked)),
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [services]);

  const go = () => {
    setBusy(true);
    setStatus(null);
    finishFirstRun(services.settings, role === '' ? null : role).then(
      props.onDone,
      (error: unknown) => {
        setBusy(false);
        setStatus({ intent: 'error', text: say(messageOf(error)) });
      },
    );
  };

  return (
    <section className={styles.card} aria-labelledby="first-run-title" data-first-run="due">
      <Subtitle2 as="h2" id="first-run-title">
        {s.title}
      </Subtitle2>
      <ul className={styles.lines}>
        {s.lines.map((line) => (
          <li key={line}>
            <Text>{line}</Text>
          </li>
        ))}
      </ul>
      <Field label={s.role} hint={s.roleHint} className={styles.field}>
        <RoleSelect value={role} noRole={s.noRole} disabled={busy} onChange={setRole} />
      </Field>
      <Button appearance="primary" className={styles.go} disabled={busy} onClick={go}>
        {s.go}
      </Button>
      <StatusMessage status={status} />
    </section>
  );
}
