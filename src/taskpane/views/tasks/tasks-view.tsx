import { Button, Divider, Spinner } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { Catalog, TaskField } from '../../../core/catalog';
import { CatalogError } from '../../../core/catalog';
import type { RenameImpact } from '../../../core/retag';
import type { UserSettings } from '../../../core/user-settings';
import { parseUserSettings, settingsToJson } from '../../../core/user-settings';
import { messageOf } from '../../../usecases/error-message';
import { previewCatalogChange, saveCatalogAndRetag } from '../../../usecases/method-views';
import { loadUserSettings } from '../../../usecases/user-settings';
import { useServices } from '../../app/services-context';
import { StatusMessage, type Status } from '../../components/status-message';
import { currentWeek } from '../../components/current-week';
import { useI18n, useStrings, type Localized } from '../../i18n/i18n';
import { useMethodStyles } from '../method-styles';
import { CatalogSource } from './catalog-source';
import { RetagConfirmation } from './retag-confirmation';
import { TaskList } from './task-list';
import { blankRow, rawCatalog, rowsOf, type Row } from './task-rows';
import { useTasksStyles } from './tasks-styles';
import { WhereToStart } from './where-to-start';

const STRINGS: Localized<{
  loading: string;
  heading: string;
  add: string;
  save: string;
  saved: string;
  retagged: (n: number) => string;
  retagFailed: (n: number) => string;
  fixBelow: string;
}> = {
  fr: {
    loading: 'Lecture du catalogue…',
    heading: 'Vos tâches (étape 1)',
    add: 'Ajouter une tâche',
    save: 'Enregistrer le catalogue',
    saved: 'Catalogue enregistré.',
    retagged: (n) =>
      `Catalogue enregistré, ${n === 1 ? '1 réunion réétiquetée' : `${n} réunions réétiquetées`}.`,
    retagFailed: (n) =>
      `Catalogue enregistré, mais ${n} réunion(s) n’ont pas pu être réétiquetées : réessayez.`,
    fixBelow: 'Une tâche est à corriger : voir le message sous le champ.',
  },
  en: {
    loading: 'Reading the catalog…',
    heading: 'Your tasks (step 1)',
    add: 'Add a task',
    save: 'Save the catalog',
    saved: 'Catalog saved.',
    retagged: (n) => `Catalog saved, ${n === 1 ? '1 meeting retagged' : `${n} meetings retagged`}.`,
    retagFailed: (n) => `Catalog saved, but ${n} meeting(s) could not be retagged: try again.`,
    fixBelow: 'A task needs fixing: see the message under the field.',
  },
};

/** Step 1 (and 3–4 per task): edit, reorder, import and export the catalog; rename without orphaning tags. */
export function TasksView() {
  const services = useServices();
  const { say, language } = useI18n();
  const s = useStrings(STRINGS);
  const styles = { ...useMethodStyles(), ...useTasksStyles() };
  const [saved, setSaved] = useState<UserSettings | null>(null);
  const [rows, setRows] = useState<Row[]>([]);
  const [open, setOpen] = useState<number | null>(null);
  const [problem, setProblem] = useState<{ key: number; field: TaskField; text: string } | null>(
    null,
  );
  const [status, setStatus] = useState<Status>(null);
  const [busy, setBusy] = useState(false);
  const [pending, setPending] = useState<{
    next: UserSettings;
    preview: Awaited<ReturnType<typeof previewCatalogChange>>;
  } | null>(null);

  useEffect(() => {
    void loadUserSettings(services.settings).then(
      (loaded) => {
        setSaved(loaded.settings);
        setRows(rowsOf(loaded.settings.catalog, true, language));
      },
      (error: unknown) => setStatus({ intent: 'error', text: say(messageOf(error)) }),
    );
  }, [services, say, language]);

  if (saved === null) {
    return status === null ? (
      <Spinner size="small" label={s.loading} />
    ) : (
      <StatusMessage status={status} />
    );
  }

  const replaceAll = (catalog: Catalog) => {
    // A catalog from elsewhere: a task whose code the saved catalog has is that task (its
    // meetings keep it); the others are new, and the saved ones it lacks are deleted.
    setRows(
      rowsOf(catalog, false, language).map((row) =>
        saved.catalog.some((task) => task.code === row.draft.code)
          ? { ...row, previousCode: row.draft.code }
          : row,
      ),
    );
    setOpen(null);
    setProblem(null);
  };

  const finish = (result: Awaited<ReturnType<typeof saveCatalogAndRetag>>) => {
    setSaved(result.saved);
    setRows(rowsOf(result.saved.catalog, true, language));
    setPending(null);
    const failed = result.outcomes.filter((o) => o.status === 'failed').length;
    setStatus(
      failed > 0
        ? { intent: 'warning', text: s.retagFailed(failed) }
        : {
            intent: 'success',
            text: result.outcomes.length > 0 ? s.retagged(result.outcomes.length) : s.saved,
          },
    );
    setBusy(false);
  };
  const fail = (error: unknown) => {
    setStatus({ intent: 'error', text: say(messageOf(error)) });
    setBusy(false);
  };

  const save = () => {
    setStatus(null);
    setProblem(null);
    let next: UserSettings;
    try {
      next = parseUserSettings({ ...settingsToJson(saved), catalog: rawCatalog(rows) });
    } catch (error) {
      if (
        error instanceof CatalogError &&
        error.taskIndex !== null &&
        rows[error.taskIndex] !== undefined
      ) {
        const key = rows[error.taskIndex].key;
        setProblem({ key, field: error.field ?? 'code', text: say(error.text) });
        setOpen(key);
        setStatus({ intent: 'error', text: s.fixBelow });
      } else {
        setStatus({ intent: 'error', text: say(messageOf(error)) });
      }
      return;
    }
    const previousCode = new Map(
      rows.flatMap((row, i) =>
        row.previousCode === null ? [] : [[next.catalog[i].code, row.previousCode] as const],
      ),
    );
    const changed = saved.catalog.some((old) => {
      const now = next.catalog.find((t) => previousCode.get(t.code) === old.code);
      return now === undefined || now.code !== old.code || now.category !== old.category;
    });
    setBusy(true);
    if (!changed) {
      saveCatalogAndRetag(services, saved.catalog, next, null).then(finish, fail);
      return;
    }
    currentWeek(services.meeting)
      .then(({ week, timeZone }) =>
        previewCatalogChange(services, saved.catalog, next.catalog, previousCode, week, timeZone),
      )
      .then((preview) => {
        if (preview.impact.retag.length === 0 && preview.impact.orphaned.length === 0) {
          return saveCatalogAndRetag(services, saved.catalog, next, null).then(finish);
        }
        setPending({ next, preview });
        setBusy(false);
      })
      .catch(fail);
  };

  const impact: RenameImpact | null = pending?.preview.impact ?? null;

  return (
    <section className={styles.view} aria-labelledby="tasks-heading">
      <h2 id="tasks-heading" className={styles.heading}>
        {s.heading}
      </h2>
      <CatalogSource
        busy={busy}
        saved={saved.catalog}
        onReplace={replaceAll}
        onStatus={setStatus}
      />
      <TaskList rows={rows} onRows={setRows} open={open} onOpen={setOpen} problem={problem} />
      <div className={styles.row}>
        <Button
          onClick={() => {
            const row = blankRow();
            setRows([...rows, row]);
            setOpen(row.key);
          }}
          disabled={busy}
        >
          {s.add}
        </Button>
        <Button appearance="primary" onClick={save} disabled={busy || pending !== null}>
          {s.save}
        </Button>
      </div>
      {busy && <Spinner size="extra-small" />}
      {impact !== null && pending !== null && (
        <RetagConfirmation
          impact={impact}
          busy={busy}
          onConfirm={() => {
            setBusy(true);
            saveCatalogAndRetag(services, saved.catalog, pending.next, pending.preview).then(
              finish,
              fail,
            );
          }}
          onCancel={() => setPending(null)}
        />
      )}
      <StatusMessage status={status} />
      <Divider />
      <WhereToStart settings={saved} />
    </section>
  );
}
