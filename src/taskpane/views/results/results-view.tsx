import { Button, Spinner, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { MINUS_SIGN } from '../../../core/duration-text';
import type { TaskGain } from '../../../core/measured-gain';
import { MIN_WEEKS_PER_SIDE, SURVEY_GAIN_RANGE } from '../../../core/measured-gain';
import { messageOf } from '../../../usecases/error-message';
import type { MethodResults } from '../../../usecases/method-views';
import { loadResults } from '../../../usecases/method-views';
import { loadUserSettings } from '../../../usecases/user-settings';
import { useServices } from '../../app/services-context';
import { StatusMessage, type Status } from '../../components/status-message';
import { currentWeek } from '../../components/current-week';
import { useI18n, useStrings, type Localized } from '../../i18n/i18n';
import { useMethodStyles } from '../method-styles';
import { TrendChart } from './trend-chart';

const frWeeks = (n: number) => (n === 1 ? '1 semaine' : `${n} semaines`);
const enWeeks = (n: number) => (n === 1 ? '1 week' : `${n} weeks`);

const STRINGS: Localized<{
  loading: string;
  reload: string;
  heading: string;
  fromWorkbook: (weeks: number) => string;
  fromBoth: (workbook: number, calendar: number) => string;
  fromCalendar: string;
  noAiDate: string;
  perWeek: (before: string, after: string) => string;
  change: (hours: string, percent: string | null) => string;
  weeks: (before: number, after: number) => string;
  notEnough: (before: number, after: number) => string;
  survey: (low: string, high: string) => string;
  versus: (gain: string, where: 'below' | 'within' | 'above') => string;
}> = {
  fr: {
    loading: 'Lecture de l’historique…',
    reload: 'Relire l’historique',
    heading: 'Gain mesuré depuis l’adoption de l’IA',
    fromWorkbook: (n) => `D’après votre classeur de suivi (${frWeeks(n)}).`,
    fromBoth: (workbook, calendar) =>
      `D’après votre classeur de suivi (${frWeeks(workbook)}) et votre calendrier (${frWeeks(calendar)}).`,
    fromCalendar: 'Compté à partir de votre calendrier (aucun classeur de suivi pour l’instant).',
    noAiDate:
      'Aucune tâche n’a de date « IA adoptée le » : renseignez-la dans l’onglet Tâches pour mesurer le gain.',
    perWeek: (before, after) => `${before} → ${after} par semaine`,
    change: (hours, percent) => (percent === null ? hours : `${hours} (${percent})`),
    weeks: (before, after) => `${before} semaines avant, ${after} après`,
    notEnough: (before, after) =>
      `Pas encore assez de semaines : ${before} avant et ${after} après, il en faut ${MIN_WEEKS_PER_SIDE} de chaque côté.`,
    survey: (low, high) =>
      `Repère : une enquête de 2024 auprès d’une trentaine de directeurs marketing français situe les gains de productivité de l’IA générative entre ${low} et ${high}.`,
    versus: (gain, where) =>
      `${gain} de temps en moins : ${where === 'below' ? 'en dessous de' : where === 'within' ? 'dans' : 'au-dessus de'} cette fourchette.`,
  },
  en: {
    loading: 'Reading the history…',
    reload: 'Read the history again',
    heading: 'Measured gain since AI was adopted',
    fromWorkbook: (n) => `From your tracking workbook (${enWeeks(n)}).`,
    fromBoth: (workbook, calendar) =>
      `From your tracking workbook (${enWeeks(workbook)}) and your calendar (${enWeeks(calendar)}).`,
    fromCalendar: 'Counted from your calendar (no tracking workbook yet).',
    noAiDate: 'No task has an “AI adopted on” date: set one in the Tasks tab to measure the gain.',
    perWeek: (before, after) => `${before} → ${after} a week`,
    change: (hours, percent) => (percent === null ? hours : `${hours} (${percent})`),
    weeks: (before, after) => `${before} weeks before, ${after} after`,
    notEnough: (before, after) =>
      `Not enough weeks yet: ${before} before and ${after} after, ${MIN_WEEKS_PER_SIDE} needed on each side.`,
    survey: (low, high) =>
      `For reference: a 2024 survey of about thirty French marketing directors put the productivity gains of generative AI between ${low} and ${high}.`,
    versus: (gain, where) => `${gain} less time: ${where} that range.`,
  },
};

const useStyles = makeStyles({
  gain: {
    padding: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground3,
  },
  task: { fontWeight: tokens.fontWeightSemibold, margin: 0, fontSize: tokens.fontSizeBase300 },
  figure: { margin: 0, fontVariantNumeric: 'tabular-nums' },
});

/** Step 5: per adopted task, weekly hours before and after; the 12-week trend; the survey's range. */
export function ResultsView() {
  const services = useServices();
  const { formats, language, say } = useI18n();
  const s = useStrings(STRINGS);
  const styles = { ...useMethodStyles(), ...useStyles() };
  const [results, setResults] = useState<MethodResults | null>(null);
  const [status, setStatus] = useState<Status>(null);
  const [reads, setReads] = useState(0);

  useEffect(() => {
    let current = true;
    void Promise.all([currentWeek(services.meeting), loadUserSettings(services.settings)])
      .then(([{ week, timeZone }, loaded]) =>
        loadResults(services, loaded.settings, week, timeZone),
      )
      .then(
        (found) => current && setResults(found),
        (error: unknown) => current && setStatus({ intent: 'error', text: say(messageOf(error)) }),
      );
    return () => {
      current = false;
    };
  }, [services, say, reads]);

  if (results === null) {
    return status === null ? (
      <Spinner size="small" label={s.loading} />
    ) : (
      <StatusMessage status={status} />
    );
  }
  const percent = new Intl.NumberFormat(language === 'fr' ? 'fr-FR' : 'en-GB', {
    style: 'percent',
    maximumFractionDigits: 1,
    signDisplay: 'exceptZero',
  });
  const { low, high } = SURVEY_GAIN_RANGE;
  const where = (saved: number) => (saved < low ? 'below' : saved <= high ? 'within' : 'above');
  const gainItem = (gain: TaskGain) => {
    return (
      <li key={gain.code} className={styles.gain} data-gain={gain.code}>
        <p className={styles.task}>
          {gain.code} · {gain.label[language]}
        </p>
        {gain.status === 'measured' ? (
          <>
            <p className={styles.figure} data-figure="hours">
              {s.perWeek(formats.hours(gain.beforeHours), formats.hours(gain.afterHours))}
            </p>
            <p className={styles.figure} data-figure="change">
              {s.change(
                formats.signedHours(gain.changeHours),
                gain.changeShare === null
                  ? null
                  : percent.format(gain.changeShare).replace('-', MINUS_SIGN),
              )}
            </p>
            <p className={styles.note}>{s.weeks(gain.weeksBefore, gain.weeksAfter)}</p>
            {gain.changeShare !== null && gain.changeShare < 0 && (
              <p className={styles.note} data-figure="survey">
                {s.versus(
                  percent.format(-gain.changeShare).replace('+', ''),
                  where(-gain.changeShare),
                )}
              </p>
            )}
          </>
        ) : (
          <p className={styles.note}>{s.notEnough(gain.weeksBefore, gain.weeksAfter)}</p>
        )}
      </li>
    );
  };

  return (
    <section className={styles.view} aria-labelledby="results-heading">
      <h2 id="results-heading" className={styles.heading}>
        {s.heading}
      </h2>
      <p className={styles.note}>
        {results.workbookWeeks === 0
          ? s.fromCalendar
          : results.calendarWeeks === 0
            ? s.fromWorkbook(results.workbookWeeks)
            : s.fromBoth(results.workbookWeeks, results.calendarWeeks)}
      </p>
      {results.gains.length === 0 ? (
        <p>{s.noAiDate}</p>
      ) : (
        <ul className={styles.list}>{results.gains.map(gainItem)}</ul>
      )}
      <p className={styles.note}>{s.survey(formats.percent(low), formats.percent(high))}</p>
      <TrendChart points={results.trend} adoptions={results.gains} />
      <div>
        <Button
          onClick={() => {
            setResults(null);
            setReads(reads + 1);
          }}
        >
          {s.reload}
        </Button>
      </div>
    </section>
  );
}
