import { Spinner, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { TeamWeekGrid } from '../../../core/team-rows';
import { messageOf } from '../../../usecases/error-message';
import { readTeamGrid, type TeamPaneDeps } from '../../../usecases/team-pane';
import { StatusMessage } from '../../components/status-message';
import { useI18n, useStrings, type Localized } from '../../i18n/i18n';
import { FiguresTable } from './figures-table';

const STRINGS: Localized<{
  gridTitle: string;
  team: string;
  noPush: string;
  notPushed: (names: string) => string;
}> = {
  fr: {
    gridTitle: 'Semaine de l’équipe',
    team: 'Toute l’équipe',
    noPush: 'Personne n’a encore envoyé cette semaine.',
    notPushed: (names) => `Pas encore envoyé cette semaine : ${names}.`,
  },
  en: {
    gridTitle: 'The team’s week',
    team: 'Whole team',
    noPush: 'Nobody has sent this week yet.',
    notPushed: (names) => `Not sent for this week yet: ${names}.`,
  },
};

const useStyles = makeStyles({
  grid: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalL },
});

/** The team's week as the team workbook holds it: the whole team, then each member who sent. */
export function TeamGrid(props: { deps: TeamPaneDeps; week: string }) {
  const { week, deps } = props;
  const s = useStrings(STRINGS);
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
          <FiguresTable title={s.team} figures={grid.team} />
          {grid.members.map((member) => (
            <FiguresTable
              key={member.member.id}
              title={member.member.displayName}
              updatedAt={member.updatedAt}
              figures={member}
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
