import { Button } from '@fluentui/react-components';
import type { RenameImpact } from '../../../core/retag';
import { useStrings, type Localized } from '../../i18n/i18n';
import { useTasksStyles } from './tasks-styles';

const STRINGS: Localized<{
  retagIntro: (n: number) => string;
  orphaned: (n: number) => string;
  retagLine: (subject: string, from: string, to: string) => string;
  confirm: (n: number) => string;
  cancel: string;
}> = {
  fr: {
    retagIntro: (n) =>
      `${n === 1 ? '1 réunion déjà étiquetée perdrait' : `${n} réunions déjà étiquetées perdraient`} sa tâche avec ce changement ; Centaure peut les réétiqueter :`,
    orphaned: (n) =>
      `${n === 1 ? '1 réunion redeviendra' : `${n} réunions redeviendront`} sans tâche (tâche supprimée).`,
    retagLine: (subject, from, to) => `${subject} : ${from} → ${to}`,
    confirm: (n) => `Enregistrer et réétiqueter ${n === 1 ? '1 réunion' : `${n} réunions`}`,
    cancel: 'Annuler',
  },
  en: {
    retagIntro: (n) =>
      `${n === 1 ? '1 meeting already tagged would lose its' : `${n} meetings already tagged would lose their`} task with this change; Centaure can retag them:`,
    orphaned: (n) =>
      `${n === 1 ? '1 meeting becomes' : `${n} meetings become`} untagged (task deleted).`,
    retagLine: (subject, from, to) => `${subject}: ${from} → ${to}`,
    confirm: (n) => `Save and retag ${n === 1 ? '1 meeting' : `${n} meetings`}`,
    cancel: 'Cancel',
  },
};

/** Before a rename or a deletion is saved: which tagged meetings it retags or leaves without a task. */
export function RetagConfirmation(props: {
  impact: RenameImpact;
  busy: boolean;
  onConfirm(): void;
  onCancel(): void;
}) {
  const { impact, busy } = props;
  const s = useStrings(STRINGS);
  const styles = useTasksStyles();
  return (
    <div role="region" aria-label={s.confirm(impact.retag.length)}>
      {impact.retag.length > 0 && (
        <>
          <p>{s.retagIntro(impact.retag.length)}</p>
          <ul>
            {impact.retag.map((entry) => (
              <li key={entry.eventId}>
                {s.retagLine(entry.subject, entry.fromCode, entry.toCode)}
              </li>
            ))}
          </ul>
        </>
      )}
      {impact.orphaned.length > 0 && <p>{s.orphaned(impact.orphaned.length)}</p>}
      <div className={styles.row}>
        <Button appearance="primary" disabled={busy} onClick={props.onConfirm}>
          {s.confirm(impact.retag.length)}
        </Button>
        <Button disabled={busy} onClick={props.onCancel}>
          {s.cancel}
        </Button>
      </div>
    </div>
  );
}
