import { makeStyles, tokens } from '@fluentui/react-components';
import type { SummaryJson } from '../../../core/summary-json';
import { useI18n, useStrings, type Localized } from '../../i18n/i18n';

const STRINGS: Localized<{
  counted: string;
  tagged: string;
  untagged: string;
  overlap: string;
  important: string;
}> = {
  fr: {
    counted: 'Temps compté',
    tagged: 'Étiqueté',
    untagged: 'Non étiqueté',
    overlap: 'Réunions en même temps',
    important: 'Part du temps important',
  },
  en: {
    counted: 'Time counted',
    tagged: 'Tagged',
    untagged: 'Untagged',
    overlap: 'Double-booked',
    important: 'Share of important time',
  },
};

const useStyles = makeStyles({
  list: {
    display: 'grid',
    gridTemplateColumns: '1fr auto',
    rowGap: tokens.spacingVerticalXXS,
    margin: 0,
  },
  term: { color: tokens.colorNeutralForeground2 },
  value: {
    margin: 0,
    textAlign: 'end',
    fontVariantNumeric: 'tabular-nums',
    fontWeight: tokens.fontWeightSemibold,
  },
});

/** The week's totals; double-booked time is counted once and shown, never hidden. */
export function WeekTotals({ figures }: { figures: SummaryJson }) {
  const styles = useStyles();
  const { formats } = useI18n();
  const s = useStrings(STRINGS);
  const { totals } = figures;
  const rows: [string, string, string][] = [
    ['counted', s.counted, formats.hours(totals.countedHours)],
    ['tagged', s.tagged, formats.hours(totals.taggedHours)],
    ['untagged', s.untagged, formats.hours(totals.untaggedHours)],
    ['overlap', s.overlap, formats.hours(totals.overlapHours)],
    ['important', s.important, formats.percent(totals.importantShare)],
  ];
  return (
    <dl className={styles.list}>
      {rows.map(([key, term, value]) => (
        <div key={key} style={{ display: 'contents' }}>
          <dt className={styles.term}>{term}</dt>
          <dd className={styles.value} data-total={key}>
            {value}
          </dd>
        </div>
      ))}
    </dl>
  );
}
