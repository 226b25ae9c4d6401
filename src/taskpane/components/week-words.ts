import { useCallback, useEffect, useState } from 'react';
import type { IsoWeek } from '../../core/week';
import { weekInWords, type WeekPlace } from '../../core/week-words';
import { useServices } from '../app/services-context';
import { useI18n } from '../i18n/i18n';
import { currentWeek } from './current-week';
import { weekOf } from './week-label';

/** A week in words ("semaine 47", "Week 1 of 2027"), capitalised where it starts the sentence. */
export type SayWeek = (place?: WeekPlace) => string;

/**
 * How the pane writes a week in a sentence ("semaine 47", "Week 1 of 2027"): the year only
 * for a week of another year than the one the pane is about (the open meeting's week, else
 * this week), as the views' week switchers start on.
 */
export function useWeekWords(): (week: IsoWeek | string, place?: WeekPlace) => string {
  const services = useServices();
  const { language } = useI18n();
  const [reference, setReference] = useState<IsoWeek>(() => weekOf(null));
  useEffect(() => {
    let live = true;
    void currentWeek(services.meeting).then(({ week }) => {
      if (live) setReference(week);
    });
    return () => {
      live = false;
    };
  }, [services]);
  return useCallback(
    (week, place) => weekInWords(week, language, reference, place),
    [language, reference],
  );
}
