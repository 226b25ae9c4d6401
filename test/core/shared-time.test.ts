import { lengthHours, sharedWithCount, type ListedEvent } from '../../src/core/shared-time';

const event = (id: string, start: string, end: string, counted = true): ListedEvent => ({
  id,
  start: `2026-11-16T${start}:00+01:00`,
  end: `2026-11-16T${end}:00+01:00`,
  isAllDay: false,
  counted,
});

describe('time shared between overlapping meetings', () => {
  // 09:00–10:00 overlaps 09:30–10:30 and 09:45–11:00; 10:00–11:00 starts when A ends.
  const a = event('a', '09:00', '10:00');
  const b = event('b', '09:30', '10:30');
  const c = event('c', '09:45', '11:00');
  const d = event('d', '10:00', '11:00');
  const declined = event('x', '09:00', '10:00', false);
  const week = [a, b, c, d, declined];

  it('counts the other counted meetings that share some of its time, not the ones it only touches', () => {
    expect(sharedWithCount(a, week)).toBe(2);
    // B (09:30–10:30) meets A, C and D.
    expect(sharedWithCount(b, week)).toBe(3);
    expect(sharedWithCount(d, week)).toBe(2);
  });

  it('measures a meeting start to end', () => {
    expect(lengthHours(c)).toBe(1.25);
  });
});
