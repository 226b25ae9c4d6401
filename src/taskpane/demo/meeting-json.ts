import type { CurrentMeeting } from '../../office/current-meeting';

/** A {@link CurrentMeeting} as JSON: the demo server sends the week's meetings this way. */
export type MeetingJson = Omit<CurrentMeeting, 'start' | 'end'> & {
  start: string | null;
  end: string | null;
};

export function meetingToJson(meeting: CurrentMeeting): MeetingJson {
  return {
    ...meeting,
    start: meeting.start?.toISOString() ?? null,
    end: meeting.end?.toISOString() ?? null,
  };
}

export function meetingFromJson(json: MeetingJson): CurrentMeeting {
  return {
    ...json,
    start: json.start === null ? null : new Date(json.start),
    end: json.end === null ? null : new Date(json.end),
  };
}
