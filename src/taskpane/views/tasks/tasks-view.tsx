import {
  Button,
  Divider,
  Field,
  Select,
  Spinner,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useEffect, useRef, useState } from 'react';
import type { Catalog, TaskField } from '../../../core/catalog';
import { CatalogError, DEFAULT_CATALOG } from '../../../core/catalog';
import { exportCatalog, importCatalog } from '../../../core/catalog-transfer';
import type { RenameImpact } from '../../../core/retag';
import type { Role } from '../../../core/role-catalogs';
import { ROLE_CATALOGS, ROLE_NAMES, ROLES, matchingRole } from '../../../core/role-catalogs';
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
import type { TaskDraft } from './task-editor';
import { TaskEditor } from './task-editor';
import { WhereToStart } from './where-to-start';

const STRINGS: Localized<{
  loading: string;
  heading: string;
  role: string;
  noRole: string;
  useRole: string;
  restore: string;
  importFile: string;
  exportFile: string;
  imported: (n: number) => string;
  edit: string;
  close: string;
  up: string;
  down: string;
  remove: string;
  add: string;
  save: string;
  saved: string;
  retagIntro: (n: number) => string;
  orphaned: (n: number) => string;
  retagLine: (subject: string, from: string, to: string) => string;
  confirm: (n: number) => string;
  cancel: string;
  retagged: (n: number) => string;
  retagFailed: (n: number) => string;
  planned: (hours: string) => string;
  fixBelow: string;
}> = {
  fr: {
    loading: 'Lecture du catalogue…',
    heading: 'Vos tâches (étape 1)',
    role: 'Catalogue de départ',
    noRole: 'Choisir un rôle…',
    useRole: 'Partir de ce catalogue',
    restore: 'Rétablir le catalogue par défaut',
    importFile: 'Importer un catalogue (JSON)',
    exportFile: 'Exporter le catalogue',
    imported: (n) => `${n} tâches importées : vérifiez-les puis enregistrez.`,
    edit: 'Modifier',
    close: 'Fermer',
    up: 'Monter',
    down: 'Descendre',
    remove: 'Supprimer',
    add: 'Ajouter une tâche',
    save: 'Enregistrer le catalogue',
    saved: 'Catalogue enregistré.',
    retagIntro: (n) =>
      `${n === 1 ? '1 réunion déjà étiquetée perdrait' : `${n} réunions déjà étiquetées perdraient`} sa tâche avec ce changement ; Centaure peut les réétiqueter :`,
    orphaned: (n) =>
      `${n === 1 ? '1 réunion redeviendra' : `${n} réunions redeviendront`} sans tâche (tâche supprimée).`,
    retagLine: (subject, from, to) => `${subject} : ${from} → ${to}`,
    confirm: (n) => `Enregistrer et réétiqueter ${n === 1 ? '1 réunion' : `${n} réunions`}`,
    cancel: 'Annuler',
    retagged: (n) =>
      `Catalogue enregistré, ${n === 1 ? '1 réunion réétiquetée' : `${n} réunions réétiquetées`}.`,
    retagFailed: (n) =>
      `Catalogue enregistré, mais ${n} réunion(s) n’ont pas pu être réétiquetées : réessayez.`,
    planned: (hours) => `${hours} prévues`,
    fixBelow: 'Une tâche est à corriger : voir le message sous le champ.',
  },
  en: {
    loading: 'Reading the catalog…',
    heading: 'Your tasks (step 1)',
    role: 'Starting catalog',
    noRole: 'Choose a role…',
    useRole: 'Start from this catalog',
    restore: 'Restore the default catalog',
    importFile: 'Import a catalog (JSON)',
    exportFile: 'Export the catalog',
    imported: (n) => `${n} tasks imported: check them, then save.`,
    edit: 'Edit',
    close: 'Close',
    up: 'Move up',
    down: 'Move down',
    remove: 'Delete',
    add: 'Add a task',
    save: 'Save the catalog',
    saved: 'Catalog saved.',
    retagIntro: (n) =>
      `${n === 1 ? '1 meeting already tagged would lose its' : `${n} meetings already tagged would lose their`} task with this change; Centaure can retag them:`,
    orphaned: (n) =>
      `${n === 1 ? '1 meeting becomes' : `${n} meetings become`} untagged (task deleted).`,
    retagLine: (subject, from, to) => `${subject}: ${from} → ${to}`,
    confirm: (n) => `Save and retag ${n === 1 ? '1 meeting' : `${n} meetings`}`,
    cancel: 'Cancel',
    retagged: (n) => `Catalog saved, ${n === 1 ? '1 meeting retagged' : `${n} meetings retagged`}.`,
    retagFailed: (n) => `Catalog saved, but ${n} meeting(s) could not be retagged: try again.`,
    planned: (hours) => `${hours} planned`,
    fixBelow: 'A task needs fixing: see the message under the field.',
  },
};

const useStyles = makeStyles({
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'end' },
  task: {
    padding: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
  },
  title: {
    margin: 0,
    fontWeight: tokens.fontWeightSemibold,
    fontSize: tokens.fontSizeBase300,
    overflowWrap: 'anywhere',
  },
  // The longest role name is wider than a 320 px pane: the list takes the row and ellipsises.
  roleField: { flexBasis: '100%', minWidth: 0 },
  roleSelect: { width: '100%', minWidth: 0 },
  roleSelectInput: { minWidth: 0, width: '100%', textOverflow: 'ellipsis' },
});

interface Row {
  key: number;
  /** The task's code in the saved catalog; null for a task added since. */
  previousCode: string | null;
  draft: TaskDraft;
}

let nextKey = 1;

function rowsOf(catalog: Catalog, saved: boolean): Row[] {
  return catalog.map((task) => ({
    key: nextKey++,
    previousCode: saved ? task.code : null,
    draft: {
      code: task.code,
      labelFr: task.label.fr,
      labelEn: task.label.en,
      quadrant: task.quadrant,
      plannedHours: String(task.plannedHours),
      category: task.category,
      aiPotential: task.aiPotential,
      aiNote: task.aiNote ?? '',
      decision: task.decision,
      decisionReason: task.decisionReason ?? '',
      aiSince: task.aiSince ?? '',
    },
  }));
}

/** The raw JSON of the drafts, as `parseCatalog` reads it. */
function rawCatalog(rows: readonly Row[]): unknown[] {
  return rows.map(({ draft }) => ({
    code: draft.code.trim().toUpperCase(),
    label: { fr: draft.labelFr, en: draft.labelEn },
    quadrant: draft.quadrant,
    plannedHours:
      draft.plannedHours.trim() === '' ? null : Number(draft.plannedHours.replace(',', '.')),
    category: draft.category,
    aiPotential: draft.aiPotential,
    aiNote: draft.aiNote,
    decision: draft.decision,
    decisionReason: draft.decisionReason,
    aiSince: draft.aiSince === '' ? null : draft.aiSince,
  }));
}

/** Step 1 (and 3–4 per task): edit, reorder, import and export the catalog; rename without orphaning tags. */
export function TasksView() {
  const services = useServices();
  const { formats, language, say } = useI18n();
  const s = useStrings(STRINGS);
  const styles = { ...useMethodStyles(), ...useStyles() };
  const [saved, setSaved] = useState<UserSettings | null>(null);
  const [rows, setRows] = useState<Row[]>([]);
  const [open, setOpen] = useState<number | null>(null);
  const [problem, setProblem] = useState<{ key: number; field: TaskField; text: string } | null>(
    null,
  );
  const [status, setStatus] = useState<Status>(null);
  const [busy, setBusy] = useState(false);
  // No role until the user picks one, or the one whose tasks the saved catalog has.
  const [role, setRole] = useState<Role | ''>('');
  const [pending, setPending] = useState<{
    next: UserSettings;
    preview: Awaited<ReturnType<typeof previewCatalogChange>>;
  } | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);

  useEffect(() => {
    void loadUserSettings(services.settings).then(
      (loaded) => {
        setSaved(loaded.settings);
        setRows(rowsOf(loaded.settings.catalog, true));
        setRole(matchingRole(loaded.settings.catalog) ?? '');
      },
      (error: unknown) => setStatus({ intent: 'error', text: say(messageOf(error)) }),
    );
  }, [services, say]);

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
      rowsOf(catalog, false).map((row) =>
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
    setRows(rowsOf(result.saved.catalog, true));
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

  const move = (index: number, delta: number) => {
    const next = [...rows];
    const [row] = next.splice(index, 1);
    next.splice(index + delta, 0, row);
    setRows(next);
  };

  const impact: RenameImpact | null = pending?.preview.impact ?? null;

  return (
    <section className={styles.view} aria-labelledby="tasks-heading">
      <h2 id="tasks-heading" className={styles.heading}>
        {s.heading}
      </h2>
      <div className={styles.row}>
        <Field label={s.role} className={styles.roleField}>
          <Select
            className={styles.roleSelect}
            select={{ className: styles.roleSelectInput }}
            value={role}
            onChange={(_e, data) => setRole(data.value as Role | '')}
          >
            <option value="">{s.noRole}</option>
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {say(ROLE_NAMES[r])}
              </option>
            ))}
          </Select>
        </Field>
        <Button
          onClick={() => role !== '' && replaceAll(ROLE_CATALOGS[role])}
          disabled={busy || role === ''}
        >
          {s.useRole}
        </Button>
      </div>
      <div className={styles.row}>
        <Button onClick={() => replaceAll(DEFAULT_CATALOG)} disabled={busy}>
          {s.restore}
        </Button>
        <Button
          disabled={busy}
          onClick={() => {
            const blob = new Blob([exportCatalog(saved.catalog)], { type: 'application/json' });
            const link = document.createElement('a');
            link.href = URL.createObjectURL(blob);
            link.download = 'centaure-catalog.json';
            link.click();
            URL.revokeObjectURL(link.href);
          }}
        >
          {s.exportFile}
        </Button>
      </div>
      <div className={styles.row}>
        {/* The browser's own file box speaks the browser's language: a button of the pane opens it. */}
        <Button disabled={busy} onClick={() => fileInput.current?.click()}>
          {s.importFile}
        </Button>
        <input
          ref={fileInput}
          hidden
          type="file"
          accept="application/json,.json"
          disabled={busy}
          onChange={(event) => {
            const file = event.target.files?.[0];
            if (file === undefined) return;
            void file.text().then((text) => {
              try {
                const catalog = importCatalog(text);
                replaceAll(catalog);
                setStatus({ intent: 'success', text: s.imported(catalog.length) });
              } catch (error) {
                setStatus({ intent: 'error', text: say(messageOf(error)) });
              }
              if (fileInput.current !== null) fileInput.current.value = '';
            });
          }}
        />
      </div>
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
                {Number.isFinite(hours) ? s.planned(formats.hours(hours)) : row.draft.plannedHours}
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
                <Button
                  size="small"
                  aria-label={`${s.remove} ${row.draft.code}`}
                  onClick={() => setRows(rows.filter((r) => r.key !== row.key))}
                >
                  {s.remove}
                </Button>
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
      <div className={styles.row}>
        <Button
          onClick={() => {
            const row: Row = {
              key: nextKey++,
              previousCode: null,
              draft: {
                code: '',
                labelFr: '',
                labelEn: '',
                quadrant: 'I+U-',
                plannedHours: '1',
                category: '',
                aiPotential: 'none',
                aiNote: '',
                decision: 'keep',
                decisionReason: '',
                aiSince: '',
              },
            };
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
            <Button
              appearance="primary"
              disabled={busy}
              onClick={() => {
                setBusy(true);
                saveCatalogAndRetag(services, saved.catalog, pending.next, pending.preview).then(
                  finish,
                  fail,
                );
              }}
            >
              {s.confirm(impact.retag.length)}
            </Button>
            <Button disabled={busy} onClick={() => setPending(null)}>
              {s.cancel}
            </Button>
          </div>
        </div>
      )}
      <StatusMessage status={status} />
      <Divider />
      <WhereToStart settings={saved} />
    </section>
  );
}
