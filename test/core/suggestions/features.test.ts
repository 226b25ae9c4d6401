import {
  attendeeBucket,
  extractFeatures,
  foldText,
  tagHistoryFromEvents,
} from '../../../src/core/suggestions';
import { DEFAULT_CATALOG } from '../../../src/core/catalog';
import type { CalendarEvent } from '../../../src/core/calendar-event';

const source = { subject: '', organizer: null, attendeeCount: 0, seriesMasterId: null };

function calendarEvent(fields: Partial<CalendarEvent>): CalendarEvent {
  return {
    id: 'e',
    subject: '',
    span: { kind: 'timed', start: 0, end: 3_600_000 },
    isCancelled: false,
    response: 'organizer',
    showAs: 'busy',
    isPrivate: false,
    categories: [],
    quadrantOverride: null,
    organizer: null,
    attendeeCount: 0,
    seriesMasterId: null,
    ...fields,
  };
}

describe('text folding', () => {
  it('drops accents and case, spells out ligatures and straightens apostrophes', () => {
    expect(foldText('Réunion d’ÉQUIPE — Cœur de cible, İstanbul')).toBe(
      "reunion d'equipe — coeur de cible, istanbul",
    );
  });
});

describe('event features', () => {
  it('keeps the telling words of the subject: folded, singular, without stop-words or [CODE]', () => {
    const features = extractFeatures({
      ...source,
      subject: '[REU] Réunions d’équipe : le Budget 2027 & les KPIs du process',
    });
    // "d", "le", "les", "du" are stop-words or too short; "2027" has no letter;
    // "process" keeps its double s.
    expect(features.words).toEqual(['reunion', 'equipe', 'budget', 'kpi', 'process']);
  });

  it('lists a word once, whatever its spelling', () => {
    expect(extractFeatures({ ...source, subject: 'Salon, SALONS et salon' }).words).toEqual([
      'salon',
    ]);
  });

  it('reads at most 32 words, so a pasted text costs no more than a subject', () => {
    const subject = Array.from(
      { length: 50 },
      (_, i) => `mot${String.fromCharCode(97 + (i % 26))}${i}`,
    ).join(' ');
    expect(extractFeatures({ ...source, subject }).words).toHaveLength(32);
  });

  it('normalizes the organizer and keeps the series', () => {
    expect(
      extractFeatures({ ...source, organizer: ' Boss@Corp.FR ', seriesMasterId: 'S1' }),
    ).toMatchObject({ organizer: 'boss@corp.fr', seriesId: 'S1' });
    expect(extractFeatures({ ...source, organizer: '' }).organizer).toBeNull();
  });

  it('sorts meetings by size: alone, one-to-one, 2 to 5 attendees, 6 or more', () => {
    expect([0, 1, 2, 5, 6, 40].map(attendeeBucket)).toEqual([
      'solo',
      'oneToOne',
      'small',
      'small',
      'large',
      'large',
    ]);
  });
});

describe('history from past events', () => {
  it('learns from events tagged by category or [CODE] prefix and skips the untagged', () => {
    const history = tagHistoryFromEvents(
      [
        calendarEvent({ subject: 'Comité produit', categories: ['Centaure REU'] }),
        calendarEvent({ subject: '[mgt] 1:1 Paul', organizer: 'paul@corp.fr', attendeeCount: 1 }),
        calendarEvent({ subject: 'Déjeuner', categories: ['Rouge'] }),
      ],
      DEFAULT_CATALOG,
    );
    expect(history).toEqual([
      {
        code: 'REU',
        eventId: 'e',
        features: {
          words: ['comite', 'produit'],
          organizer: null,
          attendees: 'solo',
          seriesId: null,
        },
      },
      {
        code: 'MGT',
        eventId: 'e',
        features: {
          words: ['paul'],
          organizer: 'paul@corp.fr',
          attendees: 'oneToOne',
          seriesId: null,
        },
      },
    ]);
  });
});
