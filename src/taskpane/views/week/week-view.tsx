import {
  Button,
  Divider,
  Field,
  Select,
  Spinner,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { shiftWeek, type IsoWeek } from '../../../core/week';
import { messageOf } from '../../../usecases/error-message';
import {
  reviewWeek,
  tagReviewedEvents,
  type ReviewedEvent,
  type WeekReview,
} from '../../../usecases/review-week';
import { useServices } from '../../app/services-context';
import { StatusMessage, useStatus } from '../../components/status-message';
import { WeekSwitcher } from '../../components/week-switcher';
import { currentWeek } from '../../components/current-week';
import { weekLabel } from '../../components/week-label';
import { taskName } from '../../i18n/domain-strings';
import { useI18n, useStrings, type Localized } from '../../i18n/i18n';
import { EventList } from './event-list';
import { QuadrantGrid } from './quadrant-grid';
import { TaskBars } from './task-bars';
import { WeekTotals } from './week-totals';

const STRINGS: Localized<{
  loading: string;
  events: string;
  selectedTask: string;
  choose: string;
  tagSelected: (n: number) => string;
  acceptShown: (n: number) => string;
  tagged: (n: number) => string;
  failed: (n: number, why: string) => string;
  empty: string;
}> = {
  fr: {
    loading: 'Lecture de la semaine…',
    events: 'Événements',
    selectedTask: 'Tâche pour la sélection',
    choose: 'Choisir une tâche…',
    tagSelected: (n) => `Étiqueter la sélection (${n})`,
    acceptShown: (n) => `Accepter les suggestions (${n})`,
    tagged: (n) => (n === 1 ? '1 événement étiqueté.' : `${n} événements étiquetés.`),
    failed: (n, why) => `${n} non étiqueté${n === 1 ? '' : 's'} : ${why}`,
    empty: 'Aucun événement cette semaine.',
  },
  en: {
    loading: 'Reading the week…',
    events: 'Events',
    selectedTask: 'Task for the selection',
    choose: 'Choose a task…',
    tagSelected: (n) => `Tag selection (${n})`,
    acceptShown: (n) => `Accept suggestions (${n})`,
    tagged: (n) => (n === 1 ? '1 event tagged.' : `${n} events tagged.`),
    failed: (n, why) => `${n} not tagged: ${why}`,
    empty: 'No events this week.',
  },
};

const useStyles = makeStyles({
  view: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  // One column no wider than the pane, however long the task names in the list.
  field: { gridTemplateColumns: 'minmax(0, 1fr)' },
  bulk: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
});

/** The week: figures from src/core, events by day, bulk tagging that updates the figures in place. */
export function WeekView() {
  const services = useServices();
  const { formats, say, language } = useI18n();
  const s = useStrings(STRINGS);
  const styles = useStyles();
  const [week, setWeek] = useState<IsoWeek | null>(null);
  const [review, setReview] = useState<WeekReview | null>(null);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [bulkTask, setBulkTask] = useState('');
  const [busy, setBusy] = useState(false);
  // A message about week 47 (tagged, failed) is gone once week 48 is shown.
  const [status, setStatus] = useStatus([week]);

  useEffect(() => {
    void currentWeek(services.meeting).then(({ week: current }) => setWeek(current));
  }, [services]);

  useEffect(() => {
    if (week === null) return;
    let current = true;
    setBusy(true);
    reviewWeek(services, { week }).then(
      (next) => {
        if (!current) return;
        setReview(next);
        setSelected(new Set());
        setBusy(false);
      },
      (error: unknown) => {
        if (!current) return;
        setStatus({ intent: 'error', text: say(messageOf(error)) });
        setBusy(false);
      },
    );
    return () => {
      current = false;
    };
  }, [week, services, say]);

  if (review === null) {
    return status === null ? (
      <Spinner size="small" label={s.loading} />
    ) : (
      <StatusMessage status={status} />
    );
  }

  const tag = (picks: { eventId: string; taskCode: string }[]) => {
    setBusy(true);
    setStatus(null);
    tagReviewedEvents(services, review, picks).then(
      (result) => {
        setReview(result.review);
        setSelected(new Set());
        const done = picks.length - result.failures.length;
        setStatus(
          result.failures.length === 0
            ? { intent: 'success', text: s.tagged(done) }
            : {
                intent: 'error',
                text: s.failed(result.failures.length, say(result.failures[0].message)),
              },
        );
        setBusy(false);
      },
      (error: unknown) => {
        setStatus({ intent: 'error', text: say(messageOf(error)) });
        setBusy(false);
      },
    );
  };
  const suggested = review.events.filter(
    (event): event is ReviewedEvent & { suggestion: NonNullable<ReviewedEvent['suggestion']> } =>
      event.task === null && event.suggestion !== null,
  );
  const label = weekLabel(review.week, review.timeZone, formats);

  return (
    <section className={styles.view} aria-label={`${label.title}, ${label.range}`}>
      <WeekSwitcher
        label={label}
        disabled={busy}
        onChange={(delta) => setWeek(shiftWeek(review.week, delta))}
      />
      {busy && <Spinner size="extra-small" />}
      <WeekTotals figures={review.figures} />
      <QuadrantGrid figures={review.figures} />
      <TaskBars figures={review.figures} catalog={review.catalog} />
      <Divider />
      <h2 className={styles.heading}>{s.events}</h2>
      <StatusMessage status={status} />
      <div className={styles.bulk}>
        <Field label={s.selectedTask} className={styles.field}>
          <Select value={bulkTask} disabled={busy} onChange={(_e, data) => setBulkTask(data.value)}>
            <option value="">{s.choose}</option>
            {review.catalog.map((task) => (
              <option key={task.code} value={task.code}>
                {taskName(task, language)}
              </option>
            ))}
          </Select>
        </Field>
        <div className={styles.buttons}>
          <Button
            appearance="primary"
            disabled={busy || bulkTask === '' || selected.size === 0}
            onClick={() => tag([...selected].map((eventId) => ({ eventId, taskCode: bulkTask })))}
          >
            {s.tagSelected(selected.size)}
          </Button>
          <Button
            disabled={busy || suggested.length === 0}
            onClick={() =>
              tag(
                suggested.map((event) => ({ eventId: event.id, taskCode: event.suggestion.code })),
              )
            }
          >
            {s.acceptShown(suggested.length)}
          </Button>
        </div>
      </div>
      {review.events.length === 0 ? (
        <p>{s.empty}</p>
      ) : (
        <EventList
          events={review.events}
          timeZone={review.timeZone}
          selected={selected}
          busy={busy}
          onSelect={(id, on) => {
            const next = new Set(selected);
            if (on) next.add(id);
            else next.delete(id);
            setSelected(next);
          }}
          onAccept={(event) =>
            event.suggestion !== null &&
            tag([{ eventId: event.id, taskCode: event.suggestion.code }])
          }
        />
      )}
    </section>
  );
}
