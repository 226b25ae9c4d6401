import { parseCatalog } from '../../src/core/catalog';
import { errorThrownBy } from '../support/failure';
import { graphEvent } from '../support/graph-event';
import { summarize } from '../support/summarize';

// Dates Centaure supports: years 1900 to 9999 in every zone (Excel's own range, where the
// workbook writes them), the same message for every date that is not in it.
const inWeek = graphEvent({
  id: 'x1',
  subject: 'Revue',
  start: '2026-11-20T09:00',
  end: '2026-11-20T10:00',
});

describe('dates outside years 1900 to 9999 are refused, with the event named', () => {
  it.each([
    [
      'an end after 9999 in the local time of the week (UTC+1)',
      { ...inWeek, end: { dateTime: '9999-12-31T23:30:00', timeZone: 'UTC' } },
      'event #1, id x1, "Revue": "end": date "9999-12-31T23:30:00" outside the supported range (years 1900 to 9999)',
    ],
    [
      'a start before 1900',
      { ...inWeek, start: { dateTime: '1899-12-31T09:00:00', timeZone: 'Europe/Paris' } },
      'event #1, id x1, "Revue": "start": date "1899-12-31T09:00:00" outside the supported range (years 1900 to 9999)',
    ],
    [
      'an all-day event before 1900',
      {
        ...inWeek,
        isAllDay: true,
        start: { dateTime: '1899-12-30T00:00:00', timeZone: 'UTC' },
        end: { dateTime: '2026-11-21T00:00:00', timeZone: 'UTC' },
      },
      'event #1, id x1, "Revue": "start": date "1899-12-30" outside the supported range (years 1900 to 9999)',
    ],
  ])('%s', (_, raw, message) => {
    const error = errorThrownBy(() => summarize([raw]));
    expect(error.in('en')).toBe(message);
    expect(error.in('fr')).toMatch(/hors de la plage prise en charge \(années 1900 à 9999\)$/);
  });

  it('an aiSince before 1900 gets the same message', () => {
    const error = errorThrownBy(() =>
      parseCatalog([{ code: 'MGT', quadrant: 'I+U+', plannedHours: 2, aiSince: '1899-12-31' }]),
    );
    expect(error.in('en')).toBe(
      'Catalog, task #1: "aiSince" of MGT: date "1899-12-31" outside the supported range (years 1900 to 9999)',
    );
    expect(error.in('fr')).toBe(
      'Catalogue, tâche n° 1 : « aiSince » de MGT : date « 1899-12-31 » hors de la plage prise en charge (années 1900 à 9999)',
    );
  });

  it('the first and last instants of the range are fine', () => {
    const early = graphEvent({
      id: 'e',
      start: '1900-01-01T12:00',
      end: '1900-01-01T13:00',
      zone: 'UTC',
    });
    expect(summarize([early], '1900-W01', 'UTC').events).toHaveLength(1);
  });
});
