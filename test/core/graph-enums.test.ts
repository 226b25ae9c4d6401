import { normalizeGraphEvent } from '../../src/core/normalize-graph-event';
import { withoutPrivateSubject } from '../../src/core/privacy';
import { graphEvent } from '../support/graph-event';
import { summarize } from '../support/summarize';

/** The ways a client or a hand edit may write one enum value. */
function spellings(value: string): string[] {
  return [
    value,
    value.toLowerCase(),
    value.toUpperCase(),
    value[0].toUpperCase() + value.slice(1),
    ` ${value} `,
  ];
}

const base = () =>
  graphEvent({ id: 'e1', subject: 'Dossier', start: '2026-11-16T09:00', end: '2026-11-16T10:00' });

describe('every Graph enum the engine reads is read in any case', () => {
  it.each(['normal', 'personal', 'private', 'confidential'])('sensitivity %s', (value) => {
    const readings = spellings(value).map(
      (spelling) => normalizeGraphEvent({ ...base(), sensitivity: spelling }, 0).isPrivate,
    );
    expect(new Set(readings)).toEqual(new Set([value === 'private' || value === 'confidential']));
  });

  it.each(['free', 'tentative', 'busy', 'oof', 'workingElsewhere', 'unknown'])(
    'showAs %s',
    (value) => {
      const readings = spellings(value).map(
        (spelling) => normalizeGraphEvent({ ...base(), showAs: spelling }, 0).showAs,
      );
      expect(new Set(readings)).toEqual(new Set([value]));
    },
  );

  it.each(['none', 'organizer', 'tentativelyAccepted', 'accepted', 'declined', 'notResponded'])(
    'responseStatus.response %s',
    (value) => {
      const readings = spellings(value).map(
        (spelling) =>
          normalizeGraphEvent({ ...base(), responseStatus: { response: spelling } }, 0).response,
      );
      expect(new Set(readings)).toEqual(new Set([value]));
    },
  );
});

describe('a private subject never leaks, whatever the case of its sensitivity', () => {
  it.each(['Private', 'PRIVATE', 'Confidential', 'CONFIDENTIAL', ' private '])(
    '%s: blank in pull output and in the summary',
    (sensitivity) => {
      const event = { ...base(), sensitivity, subject: '[MGT] Entretien annuel Julie' };
      expect(withoutPrivateSubject(event).subject).toBe('[MGT]');
      expect(summarize([event]).events[0].subject).toBe('');
    },
  );
});
