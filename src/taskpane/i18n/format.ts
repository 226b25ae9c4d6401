import {
  durationText,
  hoursToMinutes,
  MINUS_SIGN,
  signedDurationText,
} from '../../core/duration-text';
import type { Language } from '../../core/errors';

const LOCALES: Record<Language, string> = { fr: 'fr-FR', en: 'en-GB' };

/** Number, date and week formats of one language; numbers keep two decimals as the workbook does. */
export interface Formats {
  /** `9,58 h` in French, `9.58 h` in English; below zero `−0,50 h` (U+2212). */
  hours(value: number): string;
  /** `+3,58 h`, `−1,00 h`: the sign always shown, the minus sign U+2212. */
  signedHours(value: number): string;
  /**
   * A duration given in hours, as people say it: `1 h 30` / `1 h 30 min`, `45 min`, `2 h`
   * (see src/core/duration-text.ts). The pane's way to show a meeting's or a task's time;
   * {@link hours} stays for sums compared with other sums.
   */
  duration(hours: number): string;
  /** A difference in hours as a duration, its sign always shown: `+1 h 30`, `−45 min`. */
  signedDuration(hours: number): string;
  /** A share 0..1 as a whole percentage: `72 %` / `72%`; below zero `−15 %` (U+2212). */
  percent(share: number): string;
  /** `lundi 16 novembre` / `Monday 16 November`. */
  day(date: Date, timeZone: string): string;
  /** `09:00`. */
  time(date: Date, timeZone: string): string;
  /** `Semaine 47` / `Week 47`. */
  weekTitle(weekNumber: number): string;
  /** `16–22 nov. 2026` / `16–22 Nov 2026`. */
  dateRange(start: Date, lastDay: Date, timeZone: string): string;
}

const DATE_OPTIONS = {
  day: { weekday: 'long', day: 'numeric', month: 'long' },
  time: { hour: '2-digit', minute: '2-digit' },
  dateRange: { day: 'numeric', month: 'short', year: 'numeric' },
} satisfies Record<string, Intl.DateTimeFormatOptions>;

export function formatsFor(language: Language): Formats {
  const locale = LOCALES[language];
  // Made on first use: the first Intl.NumberFormat of a page costs tens of milliseconds (ICU
  // data), and the Tag view, the pane's first render, shows no number.
  const numbers = (options: Intl.NumberFormatOptions) => {
    let format: Intl.NumberFormat | null = null;
    return (value: number) => (format ??= new Intl.NumberFormat(locale, options)).format(value);
  };
  const decimal = numbers({ minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const signed = numbers({
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
    signDisplay: 'exceptZero',
  });
  const percent = numbers({ style: 'percent', maximumFractionDigits: 0 });
  // One date format per kind and time zone, kept: making an Intl.DateTimeFormat with a time
  // zone costs about a millisecond (ICU zone data), and the Week view formats two times per
  // event (300 events: ~0.4 s of a 1.4 s tab switch in `npm run bench`, from a CPU profile).
  const dateFormats = new Map<string, Intl.DateTimeFormat>();
  const dates = (kind: keyof typeof DATE_OPTIONS, timeZone: string) => {
    const key = `${kind} ${timeZone}`;
    let format = dateFormats.get(key);
    if (format === undefined) {
      format = new Intl.DateTimeFormat(locale, { ...DATE_OPTIONS[kind], timeZone });
      dateFormats.set(key, format);
    }
    return format;
  };
  // Non-breaking space: `38,75 h` never wraps between the figure and its unit.
  const unit = '\u00a0h';
  return {
    // Intl writes the hyphen-minus; the pane writes one minus sign, U+2212 (glossary).
    hours: (value) => `${decimal(value).replace('-', MINUS_SIGN)}${unit}`,
    signedHours: (value) => `${signed(value).replace('-', MINUS_SIGN)}${unit}`,
    duration: (value) => durationText(hoursToMinutes(value), language),
    signedDuration: (value) => signedDurationText(hoursToMinutes(value), language),
    percent: (share) => percent(share).replace('-', MINUS_SIGN),
    day: (date, timeZone) => dates('day', timeZone).format(date),
    time: (date, timeZone) => dates('time', timeZone).format(date),
    weekTitle: (weekNumber) => `${language === 'fr' ? 'Semaine' : 'Week'} ${weekNumber}`,
    dateRange: (start, lastDay, timeZone) =>
      dates('dateRange', timeZone).formatRange(start, lastDay),
  };
}
