import { Text } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { messageOf } from '../../../usecases/error-message';
import type { PendingPushItem } from '../../../usecases/team-pane';
import { dropPendingPush, listPendingPushes } from '../../../usecases/team-pane';
import type { TeamOutbox } from '../../../storage/team-outbox';
import { ConfirmButton } from '../../components/confirm-button';
import { StatusMessage, type Status } from '../../components/status-message';
import { useWeekWords, type SayWeek } from '../../components/week-words';
import { useI18n, useStrings, type Localized } from '../../i18n/i18n';
import { useTeamStyles } from './team-styles';

const STRINGS: Localized<{
  title: string;
  intro: string;
  drop: (week: SayWeek) => string;
  dropQuestion: (week: SayWeek) => string;
  dropConsequence: string;
  dropConfirm: string;
  dropped: (week: SayWeek) => string;
}> = {
  fr: {
    title: 'Semaines en attente d’envoi',
    intro:
      'Elles repartent à chaque ouverture et génération. Abandonnez celles qu’un classeur d’équipe refuse (lien révoqué ou erroné).',
    drop: (week) => `Abandonner la ${week()}`,
    dropQuestion: (week) => `Abandonner la ${week()} ?`,
    dropConsequence:
      'Ses totaux ne partiront pas au classeur d’équipe. Une nouvelle génération de cette semaine les renverra.',
    dropConfirm: 'Abandonner',
    dropped: (week) => `La ${week()} ne sera pas envoyée.`,
  },
  en: {
    title: 'Weeks waiting to be sent',
    intro:
      'They go again at every open and Generate. Give up those a team workbook refuses (a revoked or wrong link).',
    drop: (week) => `Give up ${week()}`,
    dropQuestion: (week) => `Give up ${week()}?`,
    dropConsequence:
      'Its totals will not go to the team workbook. Generating this week again sends them again.',
    dropConfirm: 'Give up',
    dropped: (week) => `${week('start')} will not be sent.`,
  },
};

/**
 * The pushes waiting in this device's outbox, each with a way to give it up: one a workbook
 * refuses would otherwise be reported at every push (issue 19, class 3).
 */
export function PendingPushes(props: { outbox: TeamOutbox }) {
  const s = useStrings(STRINGS);
  const styles = useTeamStyles();
  const { language } = useI18n();
  const weekWords = useWeekWords();
  const [items, setItems] = useState<PendingPushItem[]>([]);
  const [status, setStatus] = useState<Status>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    void listPendingPushes(props.outbox).then(setItems, () => setItems([]));
  }, [props.outbox]);

  const drop = (item: PendingPushItem) => {
    setBusy(true);
    dropPendingPush(props.outbox, item.pushId)
      .then(() => listPendingPushes(props.outbox))
      .then(
        (left) => {
          setBusy(false);
          setItems(left);
          setStatus({ intent: 'success', text: s.dropped((place) => weekWords(item.week, place)) });
        },
        (error: unknown) => {
          setBusy(false);
          setStatus({ intent: 'error', text: messageOf(error)[language] });
        },
      );
  };

  return (
    <>
      {items.length > 0 && (
        <>
          <Text id="team-pending" weight="semibold">
            {s.title}
          </Text>
          <Text>{s.intro}</Text>
          <ul className={styles.pending} aria-labelledby="team-pending">
            {items.map((item) => (
              <li key={item.pushId} className={styles.pendingItem}>
                <Text>{weekWords(item.week, 'start')}</Text>
                <Text className={styles.link}>{item.link}</Text>
                <ConfirmButton
                  size="small"
                  disabled={busy}
                  question={s.dropQuestion((place) => weekWords(item.week, place))}
                  consequence={s.dropConsequence}
                  confirm={s.dropConfirm}
                  onConfirm={() => drop(item)}
                >
                  {s.drop((place) => weekWords(item.week, place))}
                </ConfirmButton>
              </li>
            ))}
          </ul>
        </>
      )}
      <StatusMessage status={status} />
    </>
  );
}
