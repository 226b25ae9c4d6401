import { DateTime } from 'luxon';
import { CUSTOM_PROPERTIES_EXTENDED_PROPERTY_ID } from '../../core/addin';
import { DEFAULT_CATALOG } from '../../core/default-catalog';
import type { IsoWeek } from '../../core/week';
import type { AttendeeInput, DateTimeTimeZone, EventInput, Person } from '../mailbox/event-types';
import type { Mailbox } from '../mailbox/mailbox';

/**
 * A week of Camille Martin, marketing director in Paris, as Exchange would hold it: most
 * times in the Windows zone name, some (created from a phone or another tenant) in UTC.
 * The expected figures are worked out by hand in test/contract/demo-seed.test.ts; change
 * one and the other together.
 */
const ZONE = 'Europe/Paris';
const WINDOWS_ZONE = 'Romance Standard Time';

const CEO: Person = { name: 'Philippe Roux', address: 'philippe.roux@contoso.fr' };
const CFO: Person = { name: 'Nathalie Girard', address: 'nathalie.girard@contoso.fr' };
const AGENCY: Person = { name: 'Nicolas Petit', address: 'nicolas.petit@agence-pixel.fr' };
const LEA: Person = { name: 'Léa Dubois', address: 'lea.dubois@contoso.fr' };
const HUGO: Person = { name: 'Hugo Bernard', address: 'hugo.bernard@contoso.fr' };
const INES: Person = { name: 'Inès Moreau', address: 'ines.moreau@contoso.fr' };
const SOPHIE: Person = { name: 'Sophie Laurent', address: 'sophie.laurent@contoso.fr' };
const PARTNER: Person = {
  name: 'Salesforce Partner Events',
  address: 'partner-events@salesforce.example',
};

const TEAM: AttendeeInput[] = [LEA, HUGO, INES].map((person) => ({
  ...person,
  response: 'accepted',
}));

const GRAPH_LOCAL = "yyyy-MM-dd'T'HH:mm:ss.SSS'0000'";

class WeekCalendar {
  readonly monday: DateTime;

  constructor(week: IsoWeek) {
    this.monday = DateTime.fromObject({ ...week, weekday: 1 }, { zone: ZONE }).startOf('day');
  }

  /** Local Paris time of a week day (0 = Monday). */
  at(day: number, time: string): DateTime {
    const [hour, minute] = time.split(':').map(Number);
    return this.monday.plus({ days: day }).set({ hour, minute });
  }

  date(day: number): string {
    return this.monday.plus({ days: day }).toISODate() ?? '';
  }

  /** As Exchange stores most events: local time and the Windows zone name. */
  windows(day: number, from: string, to: string): Pick<EventInput, 'start' | 'end'> {
    const local = (value: DateTime): DateTimeTimeZone => ({
      dateTime: value.toFormat(GRAPH_LOCAL),
      timeZone: WINDOWS_ZONE,
    });
    return { start: local(this.at(day, from)), end: local(this.at(day, to)) };
  }

  /** As some clients store events: UTC. `to` may be on the next day (`+1d 00:30`). */
  utc(day: number, from: string, to: string, endDayOffset = 0): Pick<EventInput, 'start' | 'end'> {
    const inUtc = (value: DateTime): DateTimeTimeZone => ({
      dateTime: value.toUTC().toFormat(GRAPH_LOCAL),
      timeZone: 'UTC',
    });
    return { start: inUtc(this.at(day, from)), end: inUtc(this.at(day + endDayOffset, to)) };
  }

  /** An all-day event from `day` for `days` days (the end date is exclusive, as in Graph). */
  allDay(day: number, days: number): Pick<EventInput, 'start' | 'end' | 'isAllDay'> {
    const midnight = (offset: number): DateTimeTimeZone => ({
      dateTime: `${this.date(offset)}T00:00:00.0000000`,
      timeZone: WINDOWS_ZONE,
    });
    return { start: midnight(day), end: midnight(day + days), isAllDay: true };
  }
}

function categoryOf(code: string): string {
  const task = DEFAULT_CATALOG.find((candidate) => candidate.code === code);
  if (!task) throw new Error(`no task ${code} in the default catalog`);
  return task.category;
}

function addCatalogCategories(mailbox: Mailbox): void {
  DEFAULT_CATALOG.forEach((task, index) =>
    mailbox.addCategory(task.category, `preset${index + 9}`),
  );
  mailbox.addCategory('STRAT', 'preset15');
}

function addSeries(mailbox: Mailbox, cal: WeekCalendar): void {
  const sixWeeksBefore = cal.monday.minus({ weeks: 6 }).toISODate() ?? '';

  // Weekly one-to-ones with the team on Monday, Tuesday and Thursday. This week Tuesday's
  // moves to Wednesday morning and Thursday's is deleted: Camille is at the trade show.
  const oneToOnes = mailbox.addEvent({
    subject: 'Point individuel (1:1)',
    ...cal.windows(-42, '16:30', '17:00'),
    categories: [categoryOf('MGT')],
    attendees: [{ ...LEA, response: 'accepted' }],
    recurrence: {
      pattern: {
        type: 'weekly',
        interval: 1,
        daysOfWeek: ['monday', 'tuesday', 'thursday'],
        firstDayOfWeek: 'monday',
      },
      range: { type: 'noEnd', startDate: sixWeeksBefore, recurrenceTimeZone: WINDOWS_ZONE },
    },
  });
  mailbox.addException(oneToOnes, cal.date(1), { ...cal.windows(2, '10:00', '10:30') });
  mailbox.deleteOccurrence(oneToOnes, cal.date(3));

  mailbox.addEvent({
    subject: 'CODIR hebdomadaire',
    ...cal.windows(-42, '09:00', '11:00'),
    organizer: CEO,
    response: 'accepted',
    categories: [categoryOf('REU')],
    location: 'Salle du conseil',
    attendees: [
      { name: 'Camille Martin', address: 'camille.martin@contoso.fr', response: 'accepted' },
      { ...CFO, response: 'accepted' },
    ],
    recurrence: {
      pattern: { type: 'weekly', interval: 1, daysOfWeek: ['monday'], firstDayOfWeek: 'sunday' },
      range: { type: 'noEnd', startDate: sixWeeksBefore, recurrenceTimeZone: WINDOWS_ZONE },
    },
  });

  // The tenth of twenty weekly reports falls on this week's Friday.
  mailbox.addEvent({
    subject: 'Reporting hebdo KPI',
    ...cal.windows(4 - 63, '09:00', '10:00'),
    categories: [categoryOf('ADM')],
    recurrence: {
      pattern: { type: 'weekly', interval: 1, daysOfWeek: ['friday'], firstDayOfWeek: 'sunday' },
      range: {
        type: 'numbered',
        startDate: cal.date(4 - 63),
        numberOfOccurrences: 20,
        recurrenceTimeZone: WINDOWS_ZONE,
      },
    },
  });

  mailbox.addEvent({
    subject: 'Créneau emails',
    ...cal.windows(-42, '08:30', '09:00'),
    categories: [categoryOf('MAIL')],
    showAs: 'busy',
    recurrence: {
      pattern: {
        type: 'weekly',
        interval: 1,
        daysOfWeek: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'],
        firstDayOfWeek: 'sunday',
      },
      range: {
        type: 'endDate',
        startDate: sixWeeksBefore,
        endDate: cal.date(7 * 8),
        recurrenceTimeZone: WINDOWS_ZONE,
      },
    },
  });

  // Organized by the agency: Camille's copy of Thursday's cancelled stand-up stays, cancelled.
  const standUp = mailbox.addEvent({
    subject: '[OPE] Stand-up agence digitale',
    ...cal.windows(-41, '09:30', '09:45'),
    organizer: AGENCY,
    response: 'accepted',
    recurrence: {
      pattern: {
        type: 'weekly',
        interval: 1,
        daysOfWeek: ['tuesday', 'thursday'],
        firstDayOfWeek: 'sunday',
      },
      range: { type: 'noEnd', startDate: cal.date(-41), recurrenceTimeZone: WINDOWS_ZONE },
    },
  });
  mailbox.addException(standUp, cal.date(3), {
    subject: 'Annulé : [OPE] Stand-up agence digitale',
    isCancelled: true,
  });

  const wednesday = cal.monday.plus({ days: 2 });
  const monthlyStart = wednesday.minus({ months: 2 });
  mailbox.addEvent({
    subject: 'Comité budget mensuel',
    ...cal.windows(Math.round(monthlyStart.diff(cal.monday, 'days').days), '14:00', '15:30'),
    organizer: CFO,
    response: 'accepted',
    categories: [categoryOf('ADM')],
    recurrence: {
      pattern: { type: 'absoluteMonthly', interval: 1, dayOfMonth: wednesday.day },
      range: {
        type: 'noEnd',
        startDate: monthlyStart.toISODate() ?? '',
        recurrenceTimeZone: WINDOWS_ZONE,
      },
    },
  });

  // During the trade-show week, a daily press review, Monday to Friday only.
  mailbox.addEvent({
    subject: '[VEIL] Revue de presse & veille concurrents',
    ...cal.windows(0, '08:00', '08:15'),
    recurrence: {
      pattern: { type: 'daily', interval: 1 },
      range: {
        type: 'numbered',
        startDate: cal.date(0),
        numberOfOccurrences: 5,
        recurrenceTimeZone: WINDOWS_ZONE,
      },
    },
  });
}

function addSingleEvents(mailbox: Mailbox, cal: WeekCalendar): void {
  const events: EventInput[] = [
    // Monday
    {
      subject: 'Rédaction brief agence — campagne printemps',
      ...cal.utc(0, '11:00', '12:00'),
      categories: [categoryOf('OPE')],
    },
    {
      subject: 'Déjeuner avec Sophie (DRH)',
      ...cal.windows(0, '12:30', '13:30'),
      attendees: [{ ...SOPHIE, response: 'accepted' }],
      location: 'Le Petit Zinc',
    },
    {
      subject: 'Réponse presse — rappel produit',
      ...cal.windows(0, '14:00', '15:00'),
      categories: [categoryOf('OPE')],
      importance: 'high',
      singleValueExtendedProperties: [
        { id: CUSTOM_PROPERTIES_EXTENDED_PROPERTY_ID, value: '{"quadrant":"I+U+"}' },
      ],
    },
    {
      subject: 'Point juridique CGV',
      ...cal.windows(0, '14:30', '15:30'),
      organizer: { name: 'Service juridique', address: 'juridique@contoso.fr' },
    },
    // Tuesday: three meetings overlap from 11:15 to 11:30.
    {
      subject: 'Revue campagne Noël',
      ...cal.windows(1, '10:00', '11:30'),
      categories: [categoryOf('OPE')],
      attendees: TEAM,
    },
    { subject: '[STRAT] Préparation plan marketing 2027', ...cal.windows(1, '11:00', '12:30') },
    { subject: 'Appel client Groupe Fnac', ...cal.utc(1, '11:15', '11:45') },
    {
      subject: 'Webinar partenaire Salesforce',
      ...cal.windows(1, '14:00', '15:00'),
      organizer: PARTNER,
      response: 'declined',
    },
    {
      subject: 'Atelier persona & messages clés',
      ...cal.windows(1, '15:30', '17:00'),
      categories: [categoryOf('STRAT'), categoryOf('OPE')],
      attendees: TEAM,
    },
    {
      subject: 'Préparation CODIR de décembre',
      ...cal.windows(1, '17:00', '18:00'),
      categories: [categoryOf('REU')],
    },
    // Wednesday
    { subject: 'Télétravail', ...cal.allDay(2, 1), showAs: 'workingElsewhere' },
    { subject: 'Rendez-vous médical', ...cal.windows(2, '07:30', '08:30'), sensitivity: 'private' },
    {
      subject: 'Annulé : Déjeuner agence RP',
      ...cal.windows(2, '12:30', '14:00'),
      organizer: { name: 'Claire Fontaine', address: 'claire@rp-conseil.example' },
      response: 'accepted',
      isCancelled: true,
    },
    {
      subject: 'Entretien de recrutement — chef de produit',
      ...cal.windows(2, '16:00', '17:00'),
      sensitivity: 'private',
      categories: [categoryOf('MGT')],
    },
    {
      subject: 'Afterwork équipe marketing',
      ...cal.windows(2, '18:30', '20:00'),
      organizer: LEA,
      response: 'tentativelyAccepted',
    },
    // Crosses midnight: 60 minutes on Wednesday, 30 on Thursday.
    {
      subject: 'Visio lancement APAC (Singapour)',
      ...cal.utc(2, '23:00', '00:30', 1),
      categories: [categoryOf('OPE')],
    },
    // Thursday: the trade show.
    {
      subject: '[VEIL] Salon Heavent Paris',
      ...cal.allDay(3, 1),
      location: 'Paris Expo Porte de Versailles',
    },
    { subject: '[VEIL] Conférence IA & marketing (salon)', ...cal.windows(3, '14:00', '15:00') },
    // Friday to Sunday: a seminar tagged with the bare task code.
    {
      subject: 'Séminaire stratégique Deauville',
      ...cal.allDay(4, 3),
      categories: ['STRAT'],
      showAs: 'oof',
    },
    { subject: 'Appel imprimeur — devis catalogue', ...cal.windows(4, '10:00', '10:30') },
    {
      subject: 'Rappel : notes de frais',
      ...cal.windows(4, '11:00', '11:15'),
      showAs: 'free',
      categories: [categoryOf('ADM')],
    },
    { subject: '[ope] Relances partenaires salon', ...cal.windows(4, '11:30', '12:00') },
    // Sunday
    {
      subject: 'Brunch famille',
      ...cal.windows(6, '11:00', '13:00'),
      sensitivity: 'private',
      showAs: 'free',
    },
  ];
  for (const event of events) mailbox.addEvent(event);
}

/**
 * The story of the 12 weeks (the demo week and the 11 before it): Camille adopted AI for
 * email (MAIL) from the 6th week and for reporting (ADM) from the 9th, and her weekly hours
 * on them dropped. Hours per week, oldest first; the demo week's are those of the week above.
 */
export const DEMO_WEEKLY_HOURS = {
  MAIL: [5, 5.5, 5, 4.5, 5, 5.5, 3.5, 3.5, 3, 3, 3, 2.5],
  ADM: [4, 4.5, 4, 4, 4.5, 4, 4, 4.5, 3, 2.5, 2.5, 2.5],
} as const;
/** Weeks (from 0, oldest) from which AI helps: MAIL from the 7th week, ADM from the 9th. */
export const DEMO_AI_WEEK = { MAIL: 6, ADM: 8 } as const;

/** Hours the series above already put in history week `n` (0 = 11 weeks before the demo week). */
function seriesHours(cal: WeekCalendar, n: number): { MAIL: number; ADM: number } {
  // Emails slot (2.5 h) from 6 weeks before; KPI reporting (1 h, Fridays) from 9 weeks before;
  // the monthly budget committee (1.5 h) on the 18th of each month.
  const weeksBefore = 11 - n;
  const monday = cal.monday.minus({ weeks: weeksBefore });
  const wednesday = cal.monday.plus({ days: 2 });
  const firstCommittee = wednesday.minus({ months: 2 });
  const hasCommittee = Array.from({ length: 7 }, (_, d) => monday.plus({ days: d })).some(
    (day) => day.day === wednesday.day && day >= firstCommittee,
  );
  return {
    MAIL: weeksBefore <= 6 ? 2.5 : 0,
    ADM: (weeksBefore <= 9 ? 1 : 0) + (hasCommittee ? 1.5 : 0),
  };
}

/** Half-hour blocks, dealt round-robin over `days`, each day's block starting at `from`. */
function spread(
  cal: WeekCalendar,
  hours: number,
  days: readonly number[],
  from: string,
  input: Omit<EventInput, 'start' | 'end'>,
): EventInput[] {
  const halves = days.map(() => 0);
  for (let i = 0; i < Math.round(hours * 2); i += 1) halves[i % days.length] += 1;
  return days.flatMap((day, i) => {
    if (halves[i] === 0) return [];
    const start = cal.at(day, from);
    const end = start.plus({ minutes: 30 * halves[i] });
    return [{ ...input, ...cal.windows(day, from, end.toFormat('HH:mm')) }];
  });
}

/**
 * The 11 weeks before the demo week: the same kinds of meetings every week, MAIL and ADM
 * topped up to {@link DEMO_WEEKLY_HOURS} around what the series already hold, and one crisis.
 */
function addHistoryWeeks(mailbox: Mailbox, demo: WeekCalendar): void {
  for (let n = 0; n < 11; n += 1) {
    const monday = demo.monday.minus({ weeks: 11 - n });
    const cal = new WeekCalendar({ weekYear: monday.weekYear, weekNumber: monday.weekNumber });
    const series = seriesHours(demo, n);
    const events: EventInput[] = [
      ...spread(cal, DEMO_WEEKLY_HOURS.MAIL[n] - series.MAIL, [0, 1, 2, 3, 4], '17:00', {
        subject: 'Traitement de la boîte mail',
        categories: [categoryOf('MAIL')],
      }),
      ...spread(cal, DEMO_WEEKLY_HOURS.ADM[n] - series.ADM, [1, 2, 3], '13:30', {
        subject: 'Validations congés, notes de frais, suivi budgétaire',
        categories: [categoryOf('ADM')],
      }),
      {
        subject: 'Réunion d’équipe marketing',
        ...cal.windows(0, '14:00', '15:00'),
        categories: [categoryOf('MGT')],
        attendees: TEAM,
      },
      {
        subject: 'Suivi campagne et relances agences',
        ...cal.windows(1, '10:00', '12:00'),
        categories: [categoryOf('OPE')],
      },
      {
        subject: 'Préparation des réunions de la semaine',
        ...cal.windows(2, '10:00', '11:30'),
        categories: [categoryOf('REU')],
      },
      {
        subject: 'Plan marketing 2027',
        ...cal.windows(3, '10:00', '12:00'),
        categories: [categoryOf('STRAT')],
      },
      {
        subject: 'Veille concurrents',
        ...cal.windows(4, '11:00', '12:00'),
        categories: [categoryOf('VEIL')],
      },
    ];
    // The weekly CODIR series starts 6 weeks before the demo week; before it, single meetings.
    if (n < 5) {
      events.push({
        subject: 'CODIR hebdomadaire',
        ...cal.windows(0, '09:00', '11:00'),
        organizer: CEO,
        response: 'accepted',
        categories: [categoryOf('REU')],
      });
    }
    if (n === 3) {
      events.push({
        subject: 'Crise fournisseur : rupture de stock',
        ...cal.windows(2, '15:00', '16:30'),
        categories: [categoryOf('CRISE')],
      });
    }
    for (const event of events) mailbox.addEvent(event);
  }
}

/**
 * Fills the mailbox with the demo week `week` (Monday in Europe/Paris) and the 11 weeks
 * before it; the demo week holds the same events as before the history was added.
 */
export function seedDemo(mailbox: Mailbox, week: IsoWeek): void {
  const calendar = new WeekCalendar(week);
  addCatalogCategories(mailbox);
  addSeries(mailbox, calendar);
  addSingleEvents(mailbox, calendar);
  addHistoryWeeks(mailbox, calendar);
}
