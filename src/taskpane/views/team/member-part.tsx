import { Button, Field, Input, Spinner, Text } from '@fluentui/react-components';
import { useState } from 'react';
import { GLOSSARY } from '../../../core/glossary';
import { messageOf } from '../../../usecases/error-message';
import { TEAM_PRIVACY_NOTICE } from '../../../usecases/team-settings';
import { joinTeamWithLink, leaveTeamNow, type TeamPaneDeps } from '../../../usecases/team-pane';
import { ConfirmButton } from '../../components/confirm-button';
import { StatusMessage, type Status } from '../../components/status-message';
import { useI18n, useStrings, type Localized } from '../../i18n/i18n';
import { useTeamStyles } from './team-styles';

const STRINGS: Localized<{
  pasteLabel: string;
  join: string;
  joining: string;
  joined: (file: string) => string;
  inTeam: string;
  leave: string;
  leaveQuestion: string;
  leaveConsequence: string;
  left: string;
}> = {
  fr: {
    pasteLabel: 'Lien du classeur d’équipe',
    join: 'Rejoindre l’équipe',
    joining: 'Vérification du lien…',
    joined: (file) =>
      `Vous avez rejoint l’équipe : chaque génération enverra vos totaux à ${file}.`,
    inTeam: 'Vos totaux hebdomadaires partent au classeur d’équipe de ce lien :',
    leave: GLOSSARY.leaveTeam.fr,
    leaveQuestion: 'Quitter l’équipe ?',
    leaveConsequence:
      'Vos totaux ne partiront plus au classeur d’équipe. Pour revenir, il faudra coller à nouveau le lien de votre responsable.',
    left: 'Vous avez quitté l’équipe : plus rien ne sera envoyé.',
  },
  en: {
    pasteLabel: 'Team workbook link',
    join: 'Join the team',
    joining: 'Checking the link…',
    joined: (file) => `You joined the team: each Generate will send your totals to ${file}.`,
    inTeam: 'Your weekly totals go to the team workbook of this link:',
    leave: GLOSSARY.leaveTeam.en,
    leaveQuestion: 'Leave the team?',
    leaveConsequence:
      'Your totals will no longer go to the team workbook. To come back, you will need to paste your manager’s link again.',
    left: 'You left the team: nothing more will be sent.',
  },
};

/** A member joins the team with the manager's link (after reading what is sent), or leaves it. */
export function MemberPart(props: {
  deps: TeamPaneDeps;
  joinedLink: string | null;
  onChange(link: string | null): void;
}) {
  const { joinedLink } = props;
  const s = useStrings(STRINGS);
  const styles = useTeamStyles();
  const { say, language } = useI18n();
  const [link, setLink] = useState('');
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<Status>(null);

  const join = () => {
    setBusy(true);
    setStatus(null);
    joinTeamWithLink(props.deps, link).then(
      (joined) => {
        setBusy(false);
        setLink('');
        setStatus({ intent: 'success', text: s.joined(joined.fileName) });
        props.onChange(joined.link);
      },
      (error: unknown) => {
        setBusy(false);
        setStatus({ intent: 'error', text: messageOf(error)[language] });
      },
    );
  };
  const leave = () => {
    setBusy(true);
    leaveTeamNow(props.deps).then(
      () => {
        setBusy(false);
        setStatus({ intent: 'success', text: s.left });
        props.onChange(null);
      },
      (error: unknown) => {
        setBusy(false);
        setStatus({ intent: 'error', text: messageOf(error)[language] });
      },
    );
  };

  if (joinedLink !== null) {
    return (
      <>
        <Text>{s.inTeam}</Text>
        <Text className={styles.link}>{joinedLink}</Text>
        <div className={styles.actions}>
          <ConfirmButton
            disabled={busy}
            question={s.leaveQuestion}
            consequence={s.leaveConsequence}
            confirm={s.leave}
            onConfirm={leave}
          >
            {s.leave}
          </ConfirmButton>
        </div>
        <StatusMessage status={status} />
      </>
    );
  }
  return (
    <>
      <p className={styles.notice} id="team-privacy">
        {say(TEAM_PRIVACY_NOTICE)}
      </p>
      <form
        className={styles.section}
        // The use-case's message on a bad link says more than the browser's own check.
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (link.trim() !== '' && !busy) join();
        }}
      >
        <Field label={s.pasteLabel}>
          <Input
            value={link}
            type="url"
            aria-describedby="team-privacy"
            onChange={(_event, data) => setLink(data.value)}
          />
        </Field>
        <div className={styles.actions}>
          <Button appearance="primary" type="submit" disabled={busy || link.trim() === ''}>
            {s.join}
          </Button>
        </div>
      </form>
      {busy && <Spinner size="extra-small" label={s.joining} />}
      <StatusMessage status={status} />
    </>
  );
}
