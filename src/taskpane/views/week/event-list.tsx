import {
  Badge,
  Button,
  Caption1,
  Checkbox,
  Text,
  makeStyles,
  mergeClasses,
  tokens,
} from '@fluentui/react-components';
import { hoursToMinutes } from '../../../core/duration-text';
import { lengthHours, sharedWithCount } from '../../../core/shared-time';
import type { ReviewedEvent } from '../../../usecases/review-week';
import { EXCLUSION_NAMES } from '../../i18n/domain-strings';
import { useI18n, useStrings, type Localized } from '../../i18n/i18n';

const STRINGS: Localized<{
  allDay: string;
  private: string;
  accept: (code: string) => string;
  acceptLabel: (code: string, subject: string) => string;
  notCounted: (reason: string) => string;
  shared: (others: number) => string;
}> = {
  fr: {
    allDay: 'Journée',
    private: 'Réunion privée',
    accept: (code) => `Étiqueter ${code}`,
    acceptLabel: (code, subject) => `Étiqueter ${code} : ${subject}`,
    notCounted: (reason) => `non compté : ${reason}`,
    shared: (others) =>
      others === 1 ? 'partagée avec 1 autre réunion' : `partagée avec ${others} autres réunions`,
  },
  en: {
    allDay: 'All day',
    private: 'Private meeting',
    accept: (code) => `Tag ${code}`,
    acceptLabel: (code, subject) => `Tag ${code}: ${subject}`,
    notCounted: (reason) => `not counted: ${reason}`,
    shared: (others) =>
      others === 1 ? 'shared with 1 other meeting' : `shared with ${others} other meetings`,
  },
};

const useStyles = makeStyles({
  day: {
    margin: `${tokens.spacingVerticalM} 0 ${tokens.spacingVerticalXS}`,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
  },
  // A day below the fold is neither laid out nor painted until it scrolls near: 300 events
  // spent most of the Week tab's switch in style and layout (CPU profile, `npm run bench`).
  daySection: { contentVisibility: 'auto', containIntrinsicSize: 'auto 1200px' },
  list: { listStyle: 'none', margin: 0, padding: 0 },
  item: {
    display: 'grid',
    gridTemplateColumns: 'auto minmax(0, 1fr) auto',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalXS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
    paddingBlock: tokens.spacingVerticalXXS,
  },
  text: { display: 'flex', flexDirection: 'column', minWidth: 0 },
  subject: { overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' },
  meta: { color: tokens.colorNeutralForeground2, fontVariantNumeric: 'tabular-nums' },
  excluded: { color: tokens.colorNeutralForeground3 },
  end: { display: 'flex', alignItems: 'center', columnGap: tokens.spacingHorizontalXS },
});

export interface EventListProps {
  events: readonly ReviewedEvent[];
  timeZone: string;
  selected: ReadonlySet<string>;
  busy: boolean;
  onSelect(id: string, selected: boolean): void;
  onAccept(event: ReviewedEvent): void;
}

/** The week's events by day, untagged first; each untagged one with its best suggestion. */
export function EventList(props: EventListProps) {
  const styles = useStyles();
  const { formats, say } = useI18n();
  const s = useStrings(STRINGS);
  const days = [...new Set(props.events.map((event) => event.date))];
  const listed = props.events.map((event) => ({ ...event, counted: event.excluded === null }));
  /** "1 h", or "30 min · shared with 2 other meetings" when overlaps took some of its time. */
  const counted = (event: ReviewedEvent) => {
    const duration = formats.duration(event.hours);
    const shortened =
      !event.isAllDay && hoursToMinutes(event.hours) < hoursToMinutes(lengthHours(event));
    const others = shortened ? sharedWithCount({ ...event, counted: true }, listed) : 0;
    return others > 0 ? `${duration} · ${s.shared(others)}` : duration;
  };
  return (
    <>
      {days.map((date) => (
        <section
          key={date}
          className={styles.daySection}
          aria-label={formats.day(new Date(`${date}T12:00:00Z`), 'UTC')}
        >
          <h3 className={styles.day}>{formats.day(new Date(`${date}T12:00:00Z`), 'UTC')}</h3>
          <ul className={styles.list}>
            {props.events
              .filter((event) => event.date === date)
              .map((event) => {
                const subject = event.isPrivate ? s.private : event.subject;
                const when = event.isAllDay
                  ? s.allDay
                  : `${formats.time(new Date(event.start), props.timeZone)}–${formats.time(new Date(event.end), props.timeZone)}`;
                const isCounted = event.excluded === null;
                return (
                  <li key={event.id} className={styles.item} data-event={event.id}>
                    <Checkbox
                      aria-label={subject}
                      checked={props.selected.has(event.id)}
                      disabled={props.busy}
                      onChange={(_e, data) => props.onSelect(event.id, data.checked === true)}
                    />
                    <div className={styles.text}>
                      <Text
                        className={mergeClasses(styles.subject, !isCounted && styles.excluded)}
                        title={subject}
                      >
                        <bdi>{subject}</bdi>
                      </Text>
                      <Caption1 className={styles.meta}>
                        {event.excluded === null
                          ? `${when} · ${counted(event)}`
                          : `${when} · ${s.notCounted(say(EXCLUSION_NAMES[event.excluded]))}`}
                      </Caption1>
                    </div>
                    <div className={styles.end}>
                      {event.task !== null ? (
                        <Badge appearance="tint" data-task={event.task}>
                          {event.task}
                        </Badge>
                      ) : event.suggestion !== null ? (
                        <Button
                          size="small"
                          appearance="outline"
                          disabled={props.busy}
                          aria-label={s.acceptLabel(event.suggestion.code, subject)}
                          title={say(event.suggestion.reason)}
                          onClick={() => props.onAccept(event)}
                        >
                          {s.accept(event.suggestion.code)}
                        </Button>
                      ) : null}
                    </div>
                  </li>
                );
              })}
          </ul>
        </section>
      ))}
    </>
  );
}
