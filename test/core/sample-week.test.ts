import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { graphEventsFrom } from '../../src/core/normalize-graph-event';
import { summarize } from '../support/summarize';

/*
 * The sample week of docs/counting.md (test/fixtures/sample-week-2026-W47.json), worked by hand.
 * Minutes per event (Paris time, UTC+1):
 *   Mon  Vol retour 22:00 Sun → 02:00: 120 untagged (clipped)      Point hebdo MGT 60
 *        Traitement emails MAIL 60   Déjeuner client 90 untagged   [STRAT] Plan 120 (subject)
 *   Tue  CODIR REU 09–11 overlaps Appel agence OPE 10–11 → REU 60+30 = 90, OPE 30 (overlap 60)
 *        Relances OPE 60 (bare code category)   Réunion budget: declined   Bloc focus: free
 *   Wed  [VEIL] Salon all-day 420   Atelier IA VEIL 60 (ambiguous VEIL/STRAT)
 *   Thu  Crise CRISE 55, Revue campagne OPE 25, Point RH 40 untagged (three-way, overlap 60)
 *        Entretien (private) MGT 60   Reporting ADM 60 with override I+U+   RDV médical (private) 60 untagged
 *   Fri  Webinar VEIL 90 (given in UTC)   Comité produit: cancelled   Séminaire: untagged all-day
 *        [mail] Boîte de réception MAIL 45 (Windows zone)   Bouclage OPE 22:00 → 01:00 Sat: 180
 *   Sat  [VEIL] Congrès all-day Sat–Sun: 0 h (weekend)
 *   Sun  Préparation semaine STRAT 23:00 → 01:00 Mon: 60 (clipped)   CODIR of Mon 23: not listed
 * Tasks: MAIL 105, REU 90, ADM 60, VEIL 570, OPE 295, MGT 120, STRAT 180, CRISE 55 → tagged 1475
 * Untagged 120 + 90 + 40 + 60 = 310; counted 1785 = 29.75 h; overlap 120 = 2 h.
 * Quadrants: I+U+ = MGT 120 + CRISE 55 + ADM override 60 = 235; I-U+ = 105 + 295 = 400;
 * I+U- = 90 + 570 + 180 = 840; I-U- = 0. Important share = (235 + 840) / 1475 = 0.7288.
 */
const fixture = JSON.parse(
  readFileSync(join(__dirname, '../fixtures/sample-week-2026-W47.json'), 'utf8'),
) as unknown;

describe('the sample week 2026-W47', () => {
  const json = summarize(graphEventsFrom(fixture));

  it('gives the week window in Paris time', () => {
    expect(json.week).toEqual({
      iso: '2026-W47',
      timeZone: 'Europe/Paris',
      start: '2026-11-16T00:00:00+01:00',
      end: '2026-11-23T00:00:00+01:00',
    });
  });

  it('gives the totals worked out by hand', () => {
    expect(json.totals).toEqual({
      countedHours: 29.75,
      taggedHours: 24.58,
      untaggedHours: 5.17,
      overlapHours: 2,
      importantShare: 0.73,
    });
    expect(json.quadrants).toEqual({ 'I+U+': 3.92, 'I-U+': 6.67, 'I+U-': 14, 'I-U-': 0 });
  });

  it('gives planned against actual for every task', () => {
    expect(
      json.tasks.map((t) => [t.code, t.plannedHours, t.actualHours, t.deltaHours, t.events]),
    ).toEqual([
      ['MAIL', 5, 1.75, -3.25, 2],
      ['REU', 8, 1.5, -6.5, 1],
      ['ADM', 3, 1, -2, 1],
      ['VEIL', 3, 9.5, 6.5, 4],
      ['OPE', 8, 4.92, -3.08, 4],
      ['MGT', 6, 2, -4, 2],
      ['STRAT', 6, 3, -3, 2],
      ['CRISE', 1, 0.92, -0.08, 1],
    ]);
  });

  it('lists the 25 events touching the week with their exclusions, and not the one after it', () => {
    expect(json.events).toHaveLength(25);
    expect(
      json.events.filter((e) => e.excluded !== null).map((e) => [e.subject, e.excluded]),
    ).toEqual([
      ['Réunion budget T1', 'declined'],
      ['Bloc focus (libre)', 'free'],
      ['Séminaire équipe', 'allDay'],
      ['Comité produit', 'cancelled'],
    ]);
    expect(json.events.filter((e) => e.ambiguous).map((e) => e.subject)).toEqual([
      'Atelier IA générative',
    ]);
  });

  it('never prints the subject of a private event', () => {
    const text = JSON.stringify(json);
    expect(text).not.toContain('Entretien annuel');
    expect(text).not.toContain('Rendez-vous médical');
  });
});
