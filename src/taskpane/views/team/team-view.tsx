import { Divider, Spinner, Subtitle2 } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import {
  readTeamStanding,
  type TeamPaneDeps,
  type TeamStanding,
} from '../../../usecases/team-pane';
import { useServices } from '../../app/services-context';
import { useStrings, type Localized } from '../../i18n/i18n';
import { ManagerPart } from './manager-part';
import { MemberPart } from './member-part';
import { useTeamStyles } from './team-styles';

const STRINGS: Localized<{
  managerTitle: string;
  memberTitle: string;
}> = {
  fr: {
    managerTitle: 'Responsable : classeur d’équipe',
    memberTitle: 'Membre : rejoindre une équipe',
  },
  en: {
    managerTitle: 'Manager: team workbook',
    memberTitle: 'Member: join a team',
  },
};

/** A manager creates and shares the team workbook and sees the team's week; a member joins or leaves. */
export function TeamView() {
  const services = useServices();
  const s = useStrings(STRINGS);
  const styles = useTeamStyles();
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
        />
      </section>
    </div>
  );
}
