import { Button, Field, Input, Spinner, Text } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { IsoWeek } from '../../../core/week';
import { formatIsoWeek, shiftWeek } from '../../../core/week';
import { messageOf } from '../../../usecases/error-message';
import { shareTeamWorkbook, type TeamPaneDeps } from '../../../usecases/team-pane';
import { useServices } from '../../app/services-context';
import { StatusMessage, type Status } from '../../components/status-message';
import { currentWeek } from '../../components/current-week';
import { localZone } from '../../components/local-zone';
import { weekLabel, weekOf } from '../../components/week-label';
import { WeekSwitcher } from '../../components/week-switcher';
import { useI18n, useStrings, type Localized } from '../../i18n/i18n';
import { TeamGrid } from './team-grid';
import { useTeamStyles } from './team-styles';

const STRINGS: Localized<{
  managerIntro: string;
  create: string;
  creating: string;
  created: (file: string) => string;
  found: (file: string) => string;
  linkLabel: string;
  copy: string;
  copied: string;
  copyFailed: string;
}> = {
  fr: {
    managerIntro:
      'Crée dans votre OneDrive un classeur qui reçoit les totaux hebdomadaires de votre équipe, et un lien à lui donner. Comptes professionnels ou scolaires uniquement.',
    create: 'Créer le classeur d’équipe',
    creating: 'Création du classeur…',
    created: (file) => `Classeur ${file} créé et partagé dans votre organisation.`,
    found: (file) => `Le classeur ${file} existait déjà : voici son lien.`,
    linkLabel: 'Lien à donner à votre équipe',
    copy: 'Copier le lien',
    copied: 'Lien copié.',
    copyFailed: 'Le lien n’a pas pu être copié : sélectionnez-le et copiez-le à la main.',
  },
  en: {
    managerIntro:
      'Creates a workbook in your OneDrive that receives your team’s weekly totals, and a link to give them. Work or school accounts only.',
    create: 'Create the team workbook',
    creating: 'Creating the workbook…',
    created: (file) => `Workbook ${file} created and shared in your organization.`,
    found: (file) => `Workbook ${file} was already there: here is its link.`,
    linkLabel: 'Link to give your team',
    copy: 'Copy the link',
    copied: 'Link copied.',
    copyFailed: 'The link could not be copied: select it and copy it by hand.',
  },
};

/** The manager creates and shares the team workbook, then reads the team's week from it. */
export function ManagerPart(props: {
  deps: TeamPaneDeps;
  ownLink: string | null;
  onShared(link: string): void;
}) {
  const { ownLink } = props;
  const s = useStrings(STRINGS);
  const styles = useTeamStyles();
  const services = useServices();
  const { language, formats } = useI18n();
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<Status>(null);
  const [week, setWeek] = useState<IsoWeek | null>(null);

  useEffect(() => {
    void currentWeek(services.meeting).then(({ week: current }) => setWeek(current));
  }, [services]);

  const create = () => {
    setBusy(true);
    setStatus(null);
    const current = formatIsoWeek(week ?? weekOf(null));
    shareTeamWorkbook(props.deps, { language, week: current }).then(
      (shared) => {
        setBusy(false);
        setStatus({
          intent: 'success',
          text: shared.created ? s.created(shared.fileName) : s.found(shared.fileName),
        });
        props.onShared(shared.link);
      },
      (error: unknown) => {
        setBusy(false);
        setStatus({ intent: 'error', text: messageOf(error)[language] });
      },
    );
  };
  const copy = (link: string) => {
    navigator.clipboard.writeText(link).then(
      () => setStatus({ intent: 'success', text: s.copied }),
      () => setStatus({ intent: 'warning', text: s.copyFailed }),
    );
  };
  const zone = localZone();

  return (
    <>
      {ownLink === null && (
        <>
          <Text>{s.managerIntro}</Text>
          <div className={styles.actions}>
            <Button appearance="primary" disabled={busy} onClick={create}>
              {s.create}
            </Button>
          </div>
          {busy && <Spinner size="extra-small" label={s.creating} />}
        </>
      )}
      {ownLink !== null && (
        <>
          <Field label={s.linkLabel}>
            <Input readOnly value={ownLink} onFocus={(event) => event.target.select()} />
          </Field>
          <div className={styles.actions}>
            <Button onClick={() => copy(ownLink)}>{s.copy}</Button>
          </div>
        </>
      )}
      <StatusMessage status={status} />
      {ownLink !== null && week !== null && (
        <>
          <WeekSwitcher
            label={weekLabel(week, zone, formats)}
            disabled={false}
            onChange={(delta) => setWeek(shiftWeek(week, delta))}
          />
          <TeamGrid deps={props.deps} week={formatIsoWeek(week)} />
        </>
      )}
    </>
  );
}
