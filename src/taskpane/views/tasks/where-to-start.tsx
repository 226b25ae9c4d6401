import { Button, Field, Input, Spinner, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { WeeklyHistory } from '../../../core/history';
import type { UserSettings } from '../../../core/user-settings';
import { DEFAULT_SAVING_ASSUMPTION, whereToStart } from '../../../core/where-to-start';
import { messageOf } from '../../../usecases/error-message';
import { loadResults } from '../../../usecases/method-views';
import { useServices } from '../../app/services-context';
import { StatusMessage, type Status } from '../../components/status-message';
import { currentWeek } from '../../components/current-week';
import { useI18n, useStrings, type Localized } from '../../i18n/i18n';
import { useMethodStyles } from '../method-styles';

const STRINGS: Localized<{
  heading: string;
  intro: string;
  show: string;
  loading: string;
  assist: string;
  automate: string;
  invalid: string;
  none: string;
  item: (hours: string, weeks: number, freed: string, saving: string) => string;
  share: (now: string, after: string) => string;
  kept: string;
}> = {
  fr: {
    heading: 'Par où commencer',
    intro:
      'Les tâches sans IA adoptée, classées par les heures que l’IA pourrait libérer chaque semaine. Un conseil : rien n’est appliqué sans vous.',
    show: 'Calculer à partir des 4 dernières semaines',
    loading: 'Lecture des dernières semaines…',
    assist: 'Gain supposé de l’assistance (%)',
    automate: 'Gain supposé de l’automatisation (%)',
    invalid: 'Un pourcentage entre 0 et 100.',
    none: 'Aucune tâche à potentiel d’IA n’a pris de temps ces dernières semaines.',
    item: (hours, weeks, freed, saving) =>
      `${hours} par semaine sur ${weeks === 1 ? '1 semaine' : `${weeks} semaines`} : jusqu’à ${freed} libérées (−${saving})`,
    share: (now, after) => `Part importante : ${now} → ${after}`,
    kept: 'Vous avez choisi de la garder humaine.',
  },
  en: {
    heading: 'Where to start',
    intro:
      'Tasks with no AI adopted yet, ranked by the hours AI could free each week. Advice only: nothing is applied without you.',
    show: 'Work it out from the last 4 weeks',
    loading: 'Reading the last weeks…',
    assist: 'Assumed saving of assistance (%)',
    automate: 'Assumed saving of automation (%)',
    invalid: 'A percentage from 0 to 100.',
    none: 'No task with an AI potential took time in the last weeks.',
    item: (hours, weeks, freed, saving) =>
      `${hours} a week over ${weeks === 1 ? '1 week' : `${weeks} weeks`}: up to ${freed} freed (−${saving})`,
    share: (now, after) => `Important share: ${now} → ${after}`,
    kept: 'You chose to keep it human.',
  },
};

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

const asShare = (text: string) => {
  const value = Number(text.replace(',', '.'));
  return text.trim() !== '' && Number.isFinite(value) && value >= 0 && value <= 100
    ? value / 100
    : null;
};

/** Step 5's advice in the Tasks view: computed on demand from the saved catalog and the last weeks. */
export function WhereToStart({ settings }: { settings: UserSettings }) {
  const services = useServices();
  const { formats, language, say } = useI18n();
  const s = useStrings(STRINGS);
  const styles = { ...useMethodStyles(), ...useStyles() };
  const [history, setHistory] = useState<WeeklyHistory | null>(null);
  const [loading, setLoading] = useState(false);
  const [status, setStatus] = useState<Status>(null);
  const [assist, setAssist] = useState(String(DEFAULT_SAVING_ASSUMPTION.assist * 100));
  const [automate, setAutomate] = useState(String(DEFAULT_SAVING_ASSUMPTION.automate * 100));

  const load = () => {
    setLoading(true);
    currentWeek(services.meeting)
      .then(({ week, timeZone }) => loadResults(services, settings, week, timeZone))
      .then(
        (found) => {
          setHistory(found.history);
          setLoading(false);
        },
        (error: unknown) => {
          setStatus({ intent: 'error', text: say(messageOf(error)) });
          setLoading(false);
        },
      );
  };
  const assistShare = asShare(assist);
  const automateShare = asShare(automate);
  const advice =
    history === null || assistShare === null || automateShare === null
      ? null
      : whereToStart(settings.catalog, history, { assist: assistShare, automate: automateShare });

  return (
    <section className={styles.section} aria-labelledby="start-heading">
      <h2 id="start-heading" className={styles.heading}>
        {s.heading}
      </h2>
      <p className={styles.note}>{s.intro}</p>
      <div className={styles.row}>
        <Field label={s.assist} validationMessage={assistShare === null ? s.invalid : undefined}>
          <Input
            inputMode="decimal"
            value={assist}
            onChange={(_e, data) => setAssist(data.value)}
          />
        </Field>
        <Field
          label={s.automate}
          validationMessage={automateShare === null ? s.invalid : undefined}
        >
          <Input
            inputMode="decimal"
            value={automate}
            onChange={(_e, data) => setAutomate(data.value)}
          />
        </Field>
      </div>
      {history === null && (
        <div>
          <Button onClick={load} disabled={loading}>
            {s.show}
          </Button>
        </div>
      )}
      {loading && <Spinner size="extra-small" label={s.loading} />}
      <StatusMessage status={status} />
      {advice !== null &&
        (advice.length === 0 ? (
          <p>{s.none}</p>
        ) : (
          <ol className={styles.list}>
            {advice.map((point) => (
              <li key={point.task.code} data-start={point.task.code}>
                <strong>
                  {point.task.code} · {point.task.label[language]}
                </strong>
                <p className={styles.note}>
                  {s.item(
                    formats.hours(point.averageHours),
                    point.weeks,
                    formats.hours(point.freedHours),
                    formats.percent(point.saving),
                  )}
                </p>
                <p className={styles.note}>
                  {s.share(
                    formats.percent(point.importantShareNow),
                    formats.percent(point.importantShareAfter),
                  )}
                </p>
                {point.keptHuman && <p className={styles.note}>{s.kept}</p>}
              </li>
            ))}
          </ol>
        ))}
    </section>
  );
}
