import { Button, Field } from '@fluentui/react-components';
import { useRef, useState } from 'react';
import type { Catalog } from '../../../core/catalog';
import { DEFAULT_CATALOG } from '../../../core/catalog';
import { exportCatalog, importCatalog } from '../../../core/catalog-transfer';
import type { Role } from '../../../core/role-catalogs';
import { ROLE_CATALOGS, matchingRole } from '../../../core/role-catalogs';
import { messageOf } from '../../../usecases/error-message';
import { RoleSelect } from '../../components/role-select';
import type { Status } from '../../components/status-message';
import { useI18n, useStrings, type Localized } from '../../i18n/i18n';
import { useTasksStyles } from './tasks-styles';

const STRINGS: Localized<{
  role: string;
  noRole: string;
  useRole: string;
  restore: string;
  importFile: string;
  exportFile: string;
  imported: (n: number) => string;
}> = {
  fr: {
    role: 'Catalogue de départ',
    noRole: 'Choisir un rôle…',
    useRole: 'Partir de ce catalogue',
    restore: 'Rétablir le catalogue par défaut',
    importFile: 'Importer un catalogue (JSON)',
    exportFile: 'Exporter le catalogue',
    imported: (n) => `${n} tâches importées : vérifiez-les puis enregistrez.`,
  },
  en: {
    role: 'Starting catalog',
    noRole: 'Choose a role…',
    useRole: 'Start from this catalog',
    restore: 'Restore the default catalog',
    importFile: 'Import a catalog (JSON)',
    exportFile: 'Export the catalog',
    imported: (n) => `${n} tasks imported: check them, then save.`,
  },
};

/** Where a catalog comes from: a role's, the default one, a JSON file; and the export of the saved one. */
export function CatalogSource(props: {
  busy: boolean;
  saved: Catalog;
  onReplace(catalog: Catalog): void;
  onStatus(status: Status): void;
}) {
  const { busy, onReplace: replaceAll, onStatus: setStatus } = props;
  const { say } = useI18n();
  const s = useStrings(STRINGS);
  const styles = useTasksStyles();
  // No role until the user picks one, or the one whose tasks the saved catalog has.
  const [role, setRole] = useState<Role | ''>(() => matchingRole(props.saved) ?? '');
  const fileInput = useRef<HTMLInputElement>(null);

  return (
    <>
      <div className={styles.row}>
        <Field label={s.role} className={styles.roleField}>
          <RoleSelect
            className={styles.roleSelect}
            select={{ className: styles.roleSelectInput }}
            value={role}
            noRole={s.noRole}
            onChange={setRole}
          />
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
            const blob = new Blob([exportCatalog(props.saved)], { type: 'application/json' });
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
    </>
  );
}
