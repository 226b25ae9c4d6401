import { Button } from '@fluentui/react-components';
import type { TaskField } from '../../../core/catalog';
import { ConfirmButton } from '../../components/confirm-button';
import { useI18n, useStrings, type Localized } from '../../i18n/i18n';
import { useMethodStyles } from '../method-styles';
import { TaskEditor } from './task-editor';
import type { Row } from './task-rows';
import { useTasksStyles } from './tasks-styles';

const STRINGS: Localized<{
  edit: string;
  close: string;
  up: string;
  down: string;
  remove: string;
  removeQuestion: (name: string) => string;
  removeConsequence: string;
  planned: (hours: string) => string;
}> = {
  fr: {
    edit: 'Modifier',
    close: 'Fermer',
    up: 'Monter',
    down: 'Descendre',
    remove: 'Supprimer',
    removeQuestion: (name) => `Supprimer la tâche ${name} ?`,
    removeConsequence:
      'Elle sort de la liste avec ce que vous y avez saisi. Le catalogue enregistré ne change qu’avec « Enregistrer le catalogue ».',
    planned: (hours) => `${hours} prévues`,
  },
  en: {
    edit: 'Edit',
    close: 'Close',
    up: 'Move up',
    down: 'Move down',
    remove: 'Delete',
    removeQuestion: (name) => `Delete the task ${name}?`,
    removeConsequence:
      'It leaves the list with what you typed in it. The saved catalog changes only with “Save the catalog”.',
    planned: (hours) => `${hours} planned`,
  },
};

/** The catalog being edited, one card per task: open its editor, move it, delete it. */
export function TaskList(props: {
  rows: Row[];
  onRows(rows: Row[]): void;
  open: number | null;
  onOpen(key: number | null): void;
  problem: { key: number; field: TaskField; text: string } | null;
}) {
  const { rows, onRows: setRows, open, onOpen: setOpen, problem } = props;
  const { formats, language } = useI18n();
  const s = useStrings(STRINGS);
  const styles = { ...useMethodStyles(), ...useTasksStyles() };

  const move = (index: number, delta: number) => {
    const next = [...rows];
    const [row] = next.splice(index, 1);
    next.splice(index + delta, 0, row);
    setRows(next);
  };

  return (
    <ul className={styles.list}>
      {rows.map((row, index) => {
        const expanded = open === row.key;
        const title = `${row.draft.code || '…'} · ${language === 'fr' ? row.draft.labelFr : row.draft.labelEn}`;
        const hours = Number(row.draft.plannedHours.replace(',', '.'));
        return (
          <li key={row.key} className={styles.task} data-task-row={row.draft.code}>
            <p className={styles.title}>{title}</p>
            <p className={styles.note}>
              {row.draft.quadrant} ·{' '}
              {Number.isFinite(hours) ? s.planned(formats.duration(hours)) : row.draft.plannedHours}
            </p>
            <div className={styles.row}>
              <Button
                size="small"
                aria-expanded={expanded}
                aria-label={`${expanded ? s.close : s.edit} ${row.draft.code}`}
                onClick={() => setOpen(expanded ? null : row.key)}
              >
                {expanded ? s.close : s.edit}
              </Button>
              <Button
                size="small"
                aria-label={`${s.up} ${row.draft.code}`}
                disabled={index === 0}
                onClick={() => move(index, -1)}
              >
                {s.up}
              </Button>
              <Button
                size="small"
                aria-label={`${s.down} ${row.draft.code}`}
                disabled={index === rows.length - 1}
                onClick={() => move(index, 1)}
              >
                {s.down}
              </Button>
              <ConfirmButton
                size="small"
                aria-label={`${s.remove} ${row.draft.code}`}
                question={s.removeQuestion(title)}
                consequence={s.removeConsequence}
                confirm={s.remove}
                onConfirm={() => setRows(rows.filter((r) => r.key !== row.key))}
              >
                {s.remove}
              </ConfirmButton>
            </div>
            {expanded && (
              <TaskEditor
                draft={row.draft}
                problem={problem?.key === row.key ? problem : null}
                onChange={(draft) =>
                  setRows(rows.map((r) => (r.key === row.key ? { ...r, draft } : r)))
                }
              />
            )}
          </li>
        );
      })}
    </ul>
  );
}
