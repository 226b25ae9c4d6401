import {
  Button,
  Caption1,
  Divider,
  Field,
  Input,
  Spinner,
  Subtitle2,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { Quadrant } from '../../../core/catalog';
import { QUADRANTS } from '../../../core/catalog';
import type { TeamMemberWeek, TeamWeekGrid } from '../../../core/team-rows';
import type { IsoWeek } from '../../../core/week';
import { formatIsoWeek, shiftWeek } from '../../../core/week';
import { messageOf } from '../../../usecases/error-message';
import { TEAM_PRIVACY_NOTICE } from '../../../usecases/team-settings';
import {
  joinTeamWithLink,
  leaveTeamNow,
  readTeamGrid,
  readTeamStanding,
  shareTeamWorkbook,
  type TeamPaneDeps,
  type TeamStanding,
} from '../../../usecases/team-pane';
import { useServices } from '../../app/services-context';
import { StatusMessage, type Status } from '../../components/status-message';
import { currentWeek } from '../../components/current-week';
import { localZone } from '../../components/local-zone';
import { weekLabel, weekOf } from '../../components/week-label';
import { WeekSwitcher } from '../../components/week-switcher';
import { QUADRANT_NAMES } from '../../i18n/domain-strings';
import { useI18n, useStrings, type Localized } from '../../i18n/i18n';

const STRINGS: Localized<{
  managerTitle: string;
  managerIntro: string;
  create: string;
  creating: string;
  created: (file: string) => string;
  found: (file: string) => string;
  linkLabel: string;
  copy: string;
  copied: string;
  copyFailed: string;
  gridTitle: string;
  team: string;
  quadrant: string;
  hours: string;
  share: string;
  tagged: string;
  importantShare: string;
  noPush: string;
  notPushed: (names: string) => string;
  memberTitle: string;
  pasteLabel: string;
  join: string;
  joining: string;
  joined: (file: string) => string;
  inTeam: string;
  leave: string;
  left: string;
}> = {
  fr: {
    managerTitle: 'Responsable : classeur d’équipe',
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
    gridTitle: 'Semaine de l’équipe',
    team: 'Toute l’équipe',
    quadrant: 'Quadrant',
    hours: 'Heures',
    share: 'Part',
    tagged: 'Total étiqueté',
    importantShare: 'Part importante',
    noPush: 'Personne n’a encore envoyé cette semaine.',
    notPushed: (names) => `Pas encore envoyé cette semaine : ${names}.`,
    memberTitle: 'Membre : rejoindre une équipe',
    pasteLabel: 'Lien du classeur d’équipe',
    join: 'Rejoindre l’équipe',
    joining: 'Vérification du lien…',
    joined: (file) =>
      `Vous avez rejoint l’équipe : chaque génération enverra vos totaux à ${file}.`,
    inTeam: 'Vos totaux hebdomadaires partent au classeur d’équipe de ce lien :',
    leave: 'Quitter l’équipe',
    left: 'Vous avez quitté l’équipe : plus rien ne sera envoyé.',
  },
  en: {
    managerTitle: 'Manager: team workbook',
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
    gridTitle: 'The team’s week',
    team: 'Whole team',
    quadrant: 'Quadrant',
    hours: 'Hours',
    share: 'Share',
    tagged: 'Total tagged',
    importantShare: 'Important share',
    noPush: 'Nobody has sent this week yet.',
    notPushed: (names) => `Not sent for this week yet: ${names}.`,
    memberTitle: 'Member: join a team',
    pasteLabel: 'Team workbook link',
    join: 'Join the team',
    joining: 'Checking the link…',
    joined: (file) => `You joined the team: each Generate will send your totals to ${file}.`,
    inTeam: 'Your weekly totals go to the team workbook of this link:',
    leave: 'Leave the team',
    left: 'You left the team: nothing more will be sent.',
  },
};

const useStyles = makeStyles({
  view: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalL },
  section: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  heading: { margin: 0 },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  notice: {
    margin: 0,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground3,
  },
  link: { overflowWrap: 'anywhere', color: tokens.colorNeutralForeground2 },
  grid: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalL },
  table: { width: '100%', borderCollapse: 'collapse', fontVariantNumeric: 'tabular-nums' },
  caption: {
    textAlign: 'start',
    fontWeight: tokens.fontWeightSemibold,
    paddingBottom: tokens.spacingVerticalXS,
  },
  updated: {
    display: 'block',
    fontWeight: tokens.fontWeightRegular,
    color: tokens.colorNeutralForeground2,
  },
  head: {
    fontWeight: tokens.fontWeightRegular,
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground2,
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  start: { textAlign: 'start' },
  number: {
    textAlign: 'end',
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`,
    whiteSpace: 'nowrap',
  },
  rowHead: {
    textAlign: 'start',
    fontWeight: tokens.fontWeightRegular,
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`,
  },
  total: {
    fontWeight: tokens.fontWeightSemibold,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
});

type Strings = (typeof STRINGS)['en'];

/** A manager creates and shares the team workbook and sees the team's week; a member joins or leaves. */
export function TeamView() {
  const services = useServices();
  const s = useStrings(STRINGS);
  const styles = useStyles();
  const [standing, setStanding] = useState<TeamStanding | null>(null);
  const deps: TeamPaneDeps = {
    tokens: services.tokens,
    graphBaseUrl: services.graphBaseUrl,
    settings: services.settings,
    outbox: services.teamOutbox,
  };

  useEffect(() => {
    void readTeamStanding(services.settings).then(setStanding, () =>
      setStanding({ joinedLink: null, ownLink: null }),
    );
  }, [services]);

  if (standing === null) return <Spinner size="small" />;
  return (
    <div className={styles.view}>
      <section className={styles.section} aria-labelledby="team-manager">
        <h2 id="team-manager" className={styles.heading}>
          <Subtitle2>{s.managerTitle}</Subtitle2>
        </h2>
        <ManagerPart
          deps={deps}
          ownLink={standing.ownLink}
          onShared={(ownLink) => setStanding({ ...standing, ownLink })}
          strings={s}
        />
      </section>
      <Divider />
      <section className={styles.section} aria-labelledby="team-member">
        <h2 id="team-member" className={styles.heading}>
          <Subtitle2>{s.memberTitle}</Subtitle2>
        </h2>
        <MemberPart
          deps={deps}
          joinedLink={standing.joinedLink}
          onChange={(joinedLink) => setStanding({ ...standing, joinedLink })}
          strings={s}
        />
      </section>
    </div>
  );
}

function ManagerPart(props: {
  deps: TeamPaneDeps;
  ownLink: string | null;
  onShared(link: string): void;
  strings: Strings;
}) {
  const { strings: s, ownLink } = props;
  const styles = useStyles();
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
          <TeamGrid deps={props.deps} week={formatIsoWeek(week)} strings={s} />
        </>
      )}
    </>
  );
}

function TeamGrid(props: { deps: TeamPaneDeps; week: string; strings: Strings }) {
  const { strings: s, week, deps } = props;
  const styles = useStyles();
  const { language } = useI18n();
  const [grid, setGrid] = useState<TeamWeekGrid | null>(null);
  const [error, setError] = useState<string | null>(null);
  const { tokens: tokenSource, graphBaseUrl, settings, outbox } = deps;

  useEffect(() => {
    let current = true;
    setGrid(null);
    setError(null);
    readTeamGrid({ tokens: tokenSource, graphBaseUrl, settings, outbox }, week).then(
      (read) => current && setGrid(read),
      (failure: unknown) => current && setError(messageOf(failure)[language]),
    );
    return () => {
      current = false;
    };
  }, [tokenSource, graphBaseUrl, settings, outbox, week, language]);

  if (error !== null) return <StatusMessage status={{ intent: 'error', text: error }} />;
  if (grid === null) return <Spinner size="extra-small" />;
  return (
    <section aria-label={s.gridTitle} data-week={grid.week} className={styles.grid}>
      {grid.members.length === 0 ? (
        <Text>{s.noPush}</Text>
      ) : (
        <>
          <FiguresTable title={s.team} figures={grid.team} strings={s} />
          {grid.members.map((member) => (
            <FiguresTable
              key={member.member.id}
              title={member.member.displayName}
              updatedAt={member.updatedAt}
              figures={member}
              strings={s}
            />
          ))}
        </>
      )}
      {grid.notPushed.length > 0 && (
        <Text as="p">
          {s.notPushed(grid.notPushed.map((member) => member.displayName).join(', '))}
        </Text>
      )}
    </section>
  );
}

/** One member's (or the team's) hours and shares per quadrant: a real table, numbers right-aligned. */
function FiguresTable(props: {
  title: string;
  updatedAt?: Date;
  figures: Pick<TeamMemberWeek, 'quadrantHours' | 'taggedHours' | 'importantShare'>;
  strings: Strings;
}) {
  const { strings: s, figures } = props;
  const styles = useStyles();
  const { formats, say } = useI18n();
  const share = (quadrant: Quadrant) =>
    figures.taggedHours > 0 ? figures.quadrantHours[quadrant] / figures.taggedHours : 0;
  const zone = localZone();
  return (
    <table className={styles.table} data-member={props.title}>
      <caption className={styles.caption}>
        {props.title}
        {props.updatedAt !== undefined && (
          <Caption1 className={styles.updated}>
            {formats.day(props.updatedAt, zone)} {formats.time(props.updatedAt, zone)}
          </Caption1>
        )}
      </caption>
      <thead>
        <tr>
          <th scope="col" className={`${styles.head} ${styles.start}`}>
            {s.quadrant}
          </th>
          <th scope="col" className={`${styles.head} ${styles.number}`}>
            {s.hours}
          </th>
          <th scope="col" className={`${styles.head} ${styles.number}`}>
            {s.share}
          </th>
        </tr>
      </thead>
      <tbody>
        {QUADRANTS.map((quadrant) => (
          <tr key={quadrant} data-quadrant={quadrant}>
            <th scope="row" className={styles.rowHead} title={say(QUADRANT_NAMES[quadrant])}>
              {quadrant}
            </th>
            <td className={styles.number}>{formats.hours(figures.quadrantHours[quadrant])}</td>
            <td className={styles.number}>{formats.percent(share(quadrant))}</td>
          </tr>
        ))}
        <tr className={styles.total} data-quadrant="total">
          <th scope="row" className={styles.rowHead}>
            {s.tagged}
          </th>
          <td className={styles.number}>{formats.hours(figures.taggedHours)}</td>
          <td className={styles.number} title={s.importantShare}>
            {formats.percent(figures.importantShare)}
          </td>
        </tr>
      </tbody>
    </table>
  );
}

function MemberPart(props: {
  deps: TeamPaneDeps;
  joinedLink: string | null;
  onChange(link: string | null): void;
  strings: Strings;
}) {
  const { strings: s, joinedLink } = props;
  const styles = useStyles();
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
          <Button disabled={busy} onClick={leave}>
            {s.leave}
          </Button>
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
