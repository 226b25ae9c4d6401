import { Button, Caption1, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { Language } from '../../core/errors';
import type { DemoMailbox, DemoMeeting } from './demo-mailbox';

const STRINGS = {
  fr: {
    title: 'Calendrier de démonstration',
    hint: 'Ouvrez une réunion : le volet la montre.',
    allDay: 'journée',
  },
  en: { title: 'Demo calendar', hint: 'Open a meeting: the pane shows it.', allDay: 'all day' },
};

const useStyles = makeStyles({
  list: {
    listStyle: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXXS,
  },
  item: {
    width: '100%',
    justifyContent: 'start',
    textAlign: 'start',
    fontWeight: tokens.fontWeightRegular,
  },
  when: { color: tokens.colorNeutralForeground2, minWidth: '7.5em', display: 'inline-block' },
});

/** The demo week's meetings, as Outlook's calendar beside the pane: click one to open it. */
export function MeetingList({ mailbox, language }: { mailbox: DemoMailbox; language: Language }) {
  const styles = useStyles();
  const s = STRINGS[language];
  const [meetings, setMeetings] = useState<DemoMeeting[]>(() => mailbox.meetings());
  const [openId, setOpenId] = useState<string | null>(null);
  useEffect(() => mailbox.onTagged(() => setMeetings(mailbox.meetings())), [mailbox]);
  useEffect(() => {
    void mailbox.read().then((meeting) => setOpenId(meeting?.key ?? null));
  }, [mailbox]);
  const when = new Intl.DateTimeFormat(language === 'fr' ? 'fr-FR' : 'en-GB', {
    weekday: 'short',
    hour: '2-digit',
    minute: '2-digit',
  });
  return (
    <nav aria-labelledby="demo-calendar">
      <Subtitle2 as="h1" id="demo-calendar">
        {s.title}
      </Subtitle2>
      <Caption1 as="p">{s.hint}</Caption1>
      <ul className={styles.list}>
        {meetings.map((meeting) => (
          <li key={meeting.id}>
            <Button
              appearance={meeting.id === openId ? 'primary' : 'subtle'}
              className={styles.item}
              aria-current={meeting.id === openId ? 'true' : undefined}
              onClick={() => {
                mailbox.open(meeting.id);
                setOpenId(meeting.id);
              }}
            >
              <span className={meeting.id === openId ? undefined : styles.when}>
                {meeting.start === null
                  ? ''
                  : meeting.isAllDay
                    ? s.allDay
                    : when.format(meeting.start)}
              </span>
              &nbsp;
              {/* A subject's right-to-left override stays inside it (issue 19, class 16). */}
              <bdi>{meeting.subject}</bdi>
              {meeting.categories.length > 0 ? ` · ${meeting.categories.join(', ')}` : ''}
            </Button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
