import { Button, Link, Spinner, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { IsoWeek } from '../../../core/week';
import { formatIsoWeek, parseIsoWeek, shiftWeek } from '../../../core/week';
import { messageOf } from '../../../usecases/error-message';
import type { PendingTeamPush } from '../../../storage/team-outbox';
import {
  generateWeek,
  pendingWeeks,
  type PersonalResult,
  type GenerateStep,
  type TeamStepOutcome,
} from '../../../usecases/generate-week';
import { readTeamLink } from '../../../usecases/team-settings';
import { useServices } from '../../app/services-context';
import { StatusMessage } from '../../components/status-message';
import { currentWeek } from '../../components/current-week';
import { localZone } from '../../components/local-zone';
import { weekLabel } from '../../components/week-label';
import { WeekSwitcher } from '../../components/week-switcher';
import { useWeekWords } from '../../components/week-words';
import { useI18n, useStrings } from '../../i18n/i18n';
import { GENERATE_STRINGS } from './generate-strings';

const PERSONAL_STEPS: readonly GenerateStep[] = ['read', 'count', 'write'];

const useStyles = makeStyles({
  view: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  steps: {
    margin: 0,
    paddingInlineStart: tokens.spacingHorizontalXL,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXS,
  },
  state: { color: tokens.colorNeutralForeground2 },
  edits: {
    marginBlock: tokens.spacingVerticalXS,
    paddingInlineStart: tokens.spacingHorizontalXL,
    overflowWrap: 'anywhere',
  },
  pending: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXS,
    alignItems: 'start',
  },
});

/** The end-of-week button: progress step by step, the outcome in plain words, a link to the workbook. */
export function GenerateView() {
  const services = useServices();
  const { formats, say, language } = useI18n();
  const s = useStrings(GENERATE_STRINGS);
  const styles = useStyles();
  const weekWords = useWeekWords();
  const [week, setWeek] = useState<IsoWeek | null>(null);
  const [step, setStep] = useState<GenerateStep | 'finished' | null>(null);
  // The last step the run started: where it stopped, when it failed.
  const [stoppedAt, setStoppedAt] = useState<GenerateStep | null>(null);
  const [result, setResult] = useState<PersonalResult | null>(null);
  const [pending, setPending] = useState<string[]>([]);
  const [inTeam, setInTeam] = useState(false);
  const [team, setTeam] = useState<TeamStepOutcome | null>(null);
  const [teamPending, setTeamPending] = useState<PendingTeamPush[]>([]);
  const deps = {
    tokens: services.tokens,
    graphBaseUrl: services.graphBaseUrl,
    settings: services.settings,
    outbox: services.teamOutbox,
    offline: services.offline,
  };
  const steps: readonly GenerateStep[] = inTeam ? [...PERSONAL_STEPS, 'team'] : PERSONAL_STEPS;

  useEffect(() => {
    void currentWeek(services.meeting).then(({ week: current }) => setWeek(current));
    void pendingWeeks(services.settings).then(setPending, () => setPending([]));
    void readTeamLink(services.settings).then(
      (link) => setInTeam(link !== null),
      () => setInTeam(false),
    );
    void services.teamOutbox.list().then(setTeamPending, () => setTeamPending([]));
  }, [services]);

  if (week === null) return <Spinner size="small" />;
  const busy = step !== null && step !== 'finished';
  const zone = localZone();

  const run = (target: IsoWeek) => {
    setResult(null);
    setTeam(null);
    setStoppedAt(null);
    const onStep = (next: GenerateStep) => {
      setStep(next);
      if (next !== 'team') setStoppedAt(next);
    };
    generateWeek(deps, { week: target, language, now: new Date(), onStep }).then(
      async (outcome) => {
        setResult(outcome.personal);
        setTeam(outcome.team);
        setInTeam(outcome.team.kind !== 'notInTeam');
        setTeamPending(outcome.pending);
        setStep('finished');
        setPending(await pendingWeeks(services.settings));
      },
      // Only the settings store failing gets here: the week could not even be kept.
      (error: unknown) => {
        setResult({ kind: 'failed', week: formatIsoWeek(target), message: messageOf(error) });
        setStep('finished');
      },
    );
  };
  const stepState = (candidate: GenerateStep) => {
    if (step === null) return s.waiting;
    if (step === 'finished') {
      if (candidate === 'team') return team !== null && team.kind !== 'pushed' ? '' : s.done;
      if (result?.kind === 'retryLater') return '';
      if (result?.kind !== 'failed') return s.done;
      // The personal steps before the one that failed were done; the ones after never ran.
      const stopped = stoppedAt === null ? -1 : steps.indexOf(stoppedAt);
      const index = steps.indexOf(candidate);
      return stopped < 0 ? '' : index < stopped ? s.done : index === stopped ? s.failed : s.waiting;
    }
    const reached = steps.indexOf(step);
    const index = steps.indexOf(candidate);
    return index < reached ? s.done : index === reached ? s.running : s.waiting;
  };

  return (
    <section className={styles.view} aria-labelledby="generate-title">
      <WeekSwitcher
        label={weekLabel(week, zone, formats)}
        disabled={busy}
        onChange={(delta) => {
          // What the last run said (its steps, its outcome) was about the week left behind.
          setResult(null);
          setTeam(null);
          setStep(null);
          setStoppedAt(null);
          setWeek(shiftWeek(week, delta));
        }}
      />
      <Text id="generate-title">{inTeam ? s.introTeam : s.intro}</Text>
      <Button appearance="primary" disabled={busy} onClick={() => run(week)}>
        {s.generate}
      </Button>
      {step !== null && (
        <ol className={styles.steps} aria-live="polite">
          {steps.map((candidate) => (
            <li key={candidate} data-step={candidate}>
              {s.steps[candidate]}
              {stepState(candidate) === '' ? '' : ' — '}
              <span className={styles.state}>{stepState(candidate)}</span>
            </li>
          ))}
        </ol>
      )}
      {busy && <Spinner size="extra-small" />}
      {result !== null && (
        <Outcome
          result={result}
          strings={s}
          say={say}
          weekWords={weekWords}
          open={services.openExternal}
        />
      )}
      {team !== null && <TeamOutcome team={team} strings={s} say={say} weekWords={weekWords} />}
      {teamPending.length > 0 && (
        <div className={styles.pending}>
          <Text weight="semibold" id="team-pending">
            {s.teamPending}
          </Text>
          <ul className={styles.steps} aria-labelledby="team-pending">
            {teamPending.map((entry) => (
              <li key={entry.push.pushId}>{weekWords(entry.push.week, 'start')}</li>
            ))}
          </ul>
        </div>
      )}
      {pending.length > 0 && (
        <div className={styles.pending}>
          <Text weight="semibold">{s.pending}</Text>
          {pending.map((pendingWeek) => (
            <Button
              key={pendingWeek}
              disabled={busy}
              onClick={() => run(parseIsoWeek(pendingWeek))}
            >
              {s.retry((place) => weekWords(pendingWeek, place))}
            </Button>
          ))}
        </div>
      )}
    </section>
  );
}

function TeamOutcome(props: {
  team: TeamStepOutcome;
  strings: (typeof GENERATE_STRINGS)['en'];
  say: (message: { fr: string; en: string }) => string;
  weekWords: ReturnType<typeof useWeekWords>;
}) {
  const { team, strings: s } = props;
  switch (team.kind) {
    case 'notInTeam':
      return null;
    case 'pushed':
      return (
        <StatusMessage
          status={{
            intent: 'success',
            text: s.pushed((place) => props.weekWords(team.week, place), team.workbook),
          }}
        />
      );
    case 'skipped':
      return <StatusMessage status={{ intent: 'warning', text: s.teamSkipped }} />;
    case 'pending':
      return <StatusMessage status={{ intent: 'warning', text: props.say(team.message) }} />;
    case 'failed':
      return <StatusMessage status={{ intent: 'error', text: props.say(team.message) }} />;
  }
}

/** Enough lines to recognise the edits; the copy and the workbook hold the rest. */
const EDITS_SHOWN = 5;

function CatalogEdits({
  edits,
  strings: s,
}: {
  edits: readonly string[];
  strings: (typeof GENERATE_STRINGS)['en'];
}) {
  const styles = useStyles();
  const hidden = edits.length - EDITS_SHOWN;
  return (
    <div data-testid="catalog-edits">
      <StatusMessage status={{ intent: 'warning', text: s.catalogEdits }} />
      <ul className={styles.edits}>
        {edits.slice(0, EDITS_SHOWN).map((edit) => (
          <li key={edit}>{edit}</li>
        ))}
        {hidden > 0 && <li>{s.moreEdits(hidden)}</li>}
      </ul>
    </div>
  );
}

function Outcome(props: {
  result: PersonalResult;
  strings: (typeof GENERATE_STRINGS)['en'];
  say: (message: { fr: string; en: string }) => string;
  weekWords: ReturnType<typeof useWeekWords>;
  open: (url: string) => void;
}) {
  const { result, strings: s } = props;
  if ('message' in result) {
    // The offline message already says the week waits for the next try.
    const kept = result.kind === 'failed' && result.offline !== true;
    const text = `${props.say(result.message)}${kept ? ` ${s.keptForRetry}` : ''}`;
    return (
      <StatusMessage status={{ intent: result.kind === 'failed' ? 'error' : 'warning', text }} />
    );
  }
  const text = [
    s[result.kind](result.fileName, (place) => props.weekWords(result.week, place)),
    result.backupName === null ? '' : s.backup(result.backupName),
  ]
    .filter((part) => part !== '')
    .join(' ');
  const { webUrl } = result;
  return (
    <>
      <StatusMessage status={{ intent: 'success', text }} />
      {result.catalogEdits.length > 0 && <CatalogEdits edits={result.catalogEdits} strings={s} />}
      {webUrl !== null && (
        <Link
          href={webUrl}
          onClick={(event) => {
            event.preventDefault();
            props.open(webUrl);
          }}
        >
          {s.open}
        </Link>
      )}
    </>
  );
}
