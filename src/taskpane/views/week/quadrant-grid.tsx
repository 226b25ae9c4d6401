import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { Quadrant } from '../../../core/catalog';
import { quadrantShares, type SummaryJson } from '../../../core/summary-json';
import { useQuadrantColours } from '../../components/quadrant-colours';
import { QUADRANT_NAMES } from '../../i18n/domain-strings';
import { useI18n, useStrings, type Localized } from '../../i18n/i18n';

const STRINGS: Localized<{
  caption: string;
  urgent: string;
  notUrgent: string;
  important: string;
  notImportant: string;
}> = {
  fr: {
    caption: 'Temps étiqueté par quadrant',
    urgent: 'Urgent',
    notUrgent: 'Pas urgent',
    important: 'Important',
    notImportant: 'Pas important',
  },
  en: {
    caption: 'Tagged time by quadrant',
    urgent: 'Urgent',
    notUrgent: 'Not urgent',
    important: 'Important',
    notImportant: 'Not important',
  },
};

const useStyles = makeStyles({
  table: {
    width: '100%',
    borderCollapse: 'separate',
    borderSpacing: tokens.spacingHorizontalXS,
    tableLayout: 'fixed',
  },
  caption: {
    textAlign: 'start',
    fontWeight: tokens.fontWeightSemibold,
    paddingBottom: tokens.spacingVerticalXS,
  },
  columnHead: {
    fontWeight: tokens.fontWeightRegular,
    color: tokens.colorNeutralForeground2,
    textAlign: 'center',
    fontSize: tokens.fontSizeBase200,
  },
  rowHead: {
    fontWeight: tokens.fontWeightRegular,
    color: tokens.colorNeutralForeground2,
    textAlign: 'start',
    fontSize: tokens.fontSizeBase200,
    width: '28%',
  },
  cell: {
    verticalAlign: 'top',
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
    // Its colour is the quadrant's (useQuadrantColours).
    borderInlineStartWidth: tokens.strokeWidthThicker,
    borderInlineStartStyle: 'solid',
    color: tokens.colorNeutralForeground1,
    fontVariantNumeric: 'tabular-nums',
  },
  // The name says the quadrant, so colour is never the only sign of it; a long name wraps.
  name: {
    display: 'block',
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    fontWeight: tokens.fontWeightSemibold,
    overflowWrap: 'anywhere',
  },
  code: { display: 'block', fontSize: tokens.fontSizeBase100 },
  figures: {
    display: 'flex',
    flexWrap: 'wrap',
    justifyContent: 'space-between',
    alignItems: 'baseline',
    columnGap: tokens.spacingHorizontalXS,
    marginTop: tokens.spacingVerticalXS,
  },
  hours: { fontWeight: tokens.fontWeightSemibold },
  share: { fontSize: tokens.fontSizeBase200 },
});

/** The 2×2 importance/urgency grid: a real table, so screen readers read each cell with its headers. */
export function QuadrantGrid({ figures }: { figures: SummaryJson }) {
  const styles = useStyles();
  const { formats, say } = useI18n();
  const s = useStrings(STRINGS);
  const shares = quadrantShares(figures);
  const colours = useQuadrantColours();
  const cell = (quadrant: Quadrant) => (
    <td className={mergeClasses(styles.cell, colours(quadrant))} data-quadrant={quadrant}>
      <span className={styles.name}>{say(QUADRANT_NAMES[quadrant])}</span>
      <span className={styles.code}>{quadrant}</span>
      <span className={styles.figures}>
        <span className={styles.hours}>{formats.hours(figures.quadrants[quadrant])}</span>
        <span className={styles.share}>{formats.percent(shares[quadrant])}</span>
      </span>
    </td>
  );
  return (
    <table className={styles.table}>
      <caption className={styles.caption}>{s.caption}</caption>
      <thead>
        <tr>
          <td />
          <th scope="col" className={styles.columnHead}>
            {s.urgent}
          </th>
          <th scope="col" className={styles.columnHead}>
            {s.notUrgent}
          </th>
        </tr>
      </thead>
      <tbody>
        <tr>
          <th scope="row" className={styles.rowHead}>
            {s.important}
          </th>
          {cell('I+U+')}
          {cell('I+U-')}
        </tr>
        <tr>
          <th scope="row" className={styles.rowHead}>
            {s.notImportant}
          </th>
          {cell('I-U+')}
          {cell('I-U-')}
        </tr>
      </tbody>
    </table>
  );
}
