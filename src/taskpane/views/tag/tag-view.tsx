import {
  Badge,
  Button,
  Caption1,
  Checkbox,
  Field,
  Select,
  Spinner,
  Subtitle2,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { QUADRANTS, findTask, isQuadrant, type Quadrant } from '../../../core/catalog';
import type { LocalizedMessage } from '../../../core/errors';
import type { MeetingTagChange } from '../../../office/current-meeting';
import {
  changeMeetingTag,
  readMeetingTagState,
  type MeetingTagState,
} from '../../../usecases/tag-meeting';
import { messageOf } from '../../../usecases/error-message';
import { afterTagNotice } from '../../../usecases/tag-outcome';
import { useServices } from '../../app/services-context';
import { localZone } from '../../components/local-zone';
import { StatusMessage, type Status } from '../../components/status-message';
import { QUADRANT_NAMES, taskName } from '../../i18n/domain-strings';
import { useI18n, useStrings } from '../../i18n/i18n';
import { TAG_STRINGS } from './tag-strings';

const useStyles = makeStyles({
  view: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  heading: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXXS },
  when: { color: tokens.colorNeutralForeground2 },
  current: {
    display: 'flex',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalS,
    flexWrap: 'wrap',
  },
  list: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
    margin: 0,
    padding: 0,
    listStyle: 'none',
  },
  suggestion: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXXS },
  pick: { justifyContent: 'start', textAlign: 'start' },
  reason: { color: tokens.colorNeutralForeground2 },
  other: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
    alignItems: 'start',
  },
  // One column no wider than the pane, however long the task names in the list.
  field: { alignSelf: 'stretch', gridTemplateColumns: 'minmax(0, 1fr)' },
});

/**
 * The meeting open in Outlook: its tag, ranked suggestions, one-click tag and the quadrant
 * override. Each item the user opens gets a fresh {@link MeetingTagPanel}: a pick, a ticked
 * series box, a message or a busy state never carries over to another meeting, and a write
 * still in flight for the meeting left ends in the panel that was thrown away with it.
 */
export function TagView() {
  const services = useServices();
  const [opened, setOpened] = useState(0);
  useEffect(() => services.meeting.onMeetingChanged(() => setOpened((n) => n + 1)), [services]);
  return <MeetingTagPanel key={opened} />;
}

function MeetingTagPanel() {
  const services = useServices();
  const { say, formats, language } = useI18n();
  const s = useStrings(TAG_STRINGS);
  const styles = useStyles();
  const [state, setState] = useState<MeetingTagState | null | 'loading'>('loading');
  const [status, setStatus] = useState<Status>(null);
  const [busy, setBusy] = useState(false);
  const [other, setOther] = useState('');
  const [wholeSeries, setWholeSeries] = useState(false);

  useEffect(() => {
    // Read once per panel: the panel lives as long as the item it was made for.
    let current = true;
    readMeetingTagState(services).then(
      (next) => current && setState(next),
      (error: unknown) => {
        if (!current) return;
        setState(null);
        setStatus({ intent: 'error', text: say(messageOf(error)) });
      },
    );
    return () => {
      current = false;
    };
  }, [services, say]);

  if (state === 'loading') return <Spinner size="small" />;
  if (state === null) {
    return status === null ? <Text>{s.noMeeting}</Text> : <StatusMessage status={status} />;
  }

  const { meeting, task, catalog } = state;
  const apply = (change: MeetingTagChange, done: LocalizedMessage | string) => {
    setBusy(true);
    changeMeetingTag(services, state, { ...change, target: wholeSeries ? 'series' : 'item' }).then(
      (next) => {
        setState(next);
        const notice = afterTagNotice(next.meeting);
        const text = typeof done === 'string' ? done : say(done);
        setStatus({ intent: 'success', text: notice === null ? text : `${text} ${say(notice)}` });
        setBusy(false);
      },
      (error: unknown) => {
        setStatus({ intent: 'error', text: say(messageOf(error)) });
        setBusy(false);
      },
    );
  };
  const tagWith = (code: string) => apply({ taskCode: code }, s.tagged(code));
  const disabled = busy || meeting.readOnly;
  const when =
    meeting.start === null
      ? ''
      : meeting.isAllDay
        ? `${formats.day(meeting.start, localZone())} · ${s.allDay}`
        : `${formats.day(meeting.start, localZone())} · ${formats.time(meeting.start, localZone())}–${
            meeting.end === null ? '' : formats.time(meeting.end, localZone())
          }`;

  return (
    <section className={styles.view} aria-labelledby="tag-subject">
      <div className={styles.heading}>
        <Subtitle2 as="h2" id="tag-subject">
          <bdi>{meeting.subject}</bdi>
        </Subtitle2>
        <Caption1 className={styles.when}>{when}</Caption1>
      </div>
      <div className={styles.current} aria-live="polite" data-task-line>
        <Text weight="semibold">{s.task}</Text>
        {task === null ? (
          <Text>{s.untagged}</Text>
        ) : (
          <>
            <Badge appearance="tint" data-testid="current-task">
              {task.code}
            </Badge>
            <Text>{task.label[language]}</Text>
            {state.quadrant !== null && (
              <Badge
                data-testid="current-quadrant"
                data-override={meeting.quadrantOverride === null ? undefined : 'true'}
                appearance={meeting.quadrantOverride === null ? 'outline' : 'tint'}
                color="informative"
                title={say(QUADRANT_NAMES[state.quadrant])}
              >
                {state.quadrant}
              </Badge>
            )}
            {/* Beside the task it applies to: removing or changing the task clears it too. */}
            {meeting.quadrantOverride !== null && (
              <Caption1 className={styles.when}>{s.thisMeetingOnly}</Caption1>
            )}
          </>
        )}
      </div>
      {meeting.readOnly && <StatusMessage status={{ intent: 'warning', text: s.readOnly }} />}
      <div>
        <Text as="h3" weight="semibold" block>
          {s.suggested}
        </Text>
        {state.suggestions.length === 0 ? (
          <Caption1 className={styles.reason}>{s.noSuggestion}</Caption1>
        ) : (
          <ul className={styles.list}>
            {state.suggestions.map((suggestion, index) => {
              const suggested = findTask(catalog, suggestion.code);
              return (
                <li
                  key={suggestion.code}
                  className={styles.suggestion}
                  data-suggestion={suggestion.code}
                >
                  <Button
                    className={styles.pick}
                    appearance={index === 0 ? 'primary' : 'secondary'}
                    disabled={disabled}
                    onClick={() => tagWith(suggestion.code)}
                  >
                    {suggested === undefined ? suggestion.code : taskName(suggested, language)}
                  </Button>
                  <Caption1 className={styles.reason}>{say(suggestion.reason)}</Caption1>
                </li>
              );
            })}
          </ul>
        )}
      </div>
      <div className={styles.other}>
        <Field label={s.otherTask} className={styles.field}>
          <Select value={other} onChange={(_e, data) => setOther(data.value)} disabled={disabled}>
            <option value="">{s.choose}</option>
            {catalog.map((entry) => (
              <option key={entry.code} value={entry.code}>
                {taskName(entry, language)}
              </option>
            ))}
          </Select>
        </Field>
        <Button disabled={disabled || other === ''} onClick={() => tagWith(other)}>
          {s.tag}
        </Button>
      </div>
      {meeting.recurrence !== 'single' && (
        <Checkbox
          label={s.wholeSeries}
          checked={wholeSeries}
          onChange={(_e, data) => setWholeSeries(data.checked === true)}
        />
      )}
      {task !== null && (
        <Field label={s.quadrant} className={styles.field}>
          <Select
            value={meeting.quadrantOverride ?? ''}
            disabled={disabled}
            onChange={(_e, data) =>
              apply(
                {
                  taskCode: task.code,
                  quadrantOverride: isQuadrant(data.value) ? data.value : null,
                },
                s.quadrantSet,
              )
            }
          >
            <option value="">{s.taskQuadrant(task.quadrant)}</option>
            {QUADRANTS.map((quadrant: Quadrant) => (
              <option key={quadrant} value={quadrant}>
                {`${quadrant} · ${say(QUADRANT_NAMES[quadrant])}`}
              </option>
            ))}
          </Select>
        </Field>
      )}
      {task !== null && (
        <Button
          appearance="subtle"
          disabled={disabled}
          onClick={() => apply({ taskCode: null }, s.untaggedDone)}
        >
          {s.untag}
        </Button>
      )}
      <StatusMessage status={status} />
    </section>
  );
}
