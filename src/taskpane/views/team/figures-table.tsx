import { Caption1, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { Quadrant } from '../../../core/catalog';
import { QUADRANTS } from '../../../core/catalog';
import { GLOSSARY } from '../../../core/glossary';
import type { TeamMemberWeek } from '../../../core/team-rows';
import { roundTo2 } from '../../../core/week-summary';
import { localZone } from '../../components/local-zone';
import { QUADRANT_NAMES } from '../../i18n/domain-strings';
import { useI18n, useStrings, type Localized } from '../../i18n/i18n';

const STRINGS: Localized<{
  quadrant: string;
  hours: string;
  tagged: string;
}> = {
  fr: { quadrant: 'Quadrant', hours: 'Heures', tagged: 'Total étiqueté' },
  en: { quadrant: 'Quadrant', hours: 'Hours', tagged: 'Total tagged' },
};

const useStyles = makeStyles({
  table: { width: '100%', borderCollapse: 'collapse', fontVariantNumeric: 'tabular-nums' },
  caption: {
    textAlign: 'start',
    fontWeight: tokens.fontWeightSemibold,
    paddingBottom: tokens.spacingVerticalXS,
  },
  updated: {
    display: 'block',
    fontWeight: tokens.fontWeightRegular,
    color: tokens.colorNeutralForeground2,
  },
  head: {
    fontWeight: tokens.fontWeightRegular,
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground2,
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  start: { textAlign: 'start' },
  number: {
    textAlign: 'end',
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`,
    whiteSpace: 'nowrap',
  },
  // A header may take two lines ("Part du temps / étiqueté"): the figures under it do not.
  headWraps: { whiteSpace: 'normal' },
  rowHead: {
    textAlign: 'start',
    fontWeight: tokens.fontWeightRegular,
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`,
    overflowWrap: 'anywhere',
  },
  code: { fontWeight: tokens.fontWeightSemibold },
  total: {
    fontWeight: tokens.fontWeightSemibold,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
});

/**
 * One member's (or the team's) hours and shares of the tagged time per quadrant, each quadrant
 * by its code and name, then the tagged total (100 %) and the important time (its share is the
 * share of important time): a real table, numbers right-aligned.
 */
export function FiguresTable(props: {
  title: string;
  updatedAt?: Date;
  figures: Pick<TeamMemberWeek, 'quadrantHours' | 'taggedHours' | 'importantShare'>;
}) {
  const { figures } = props;
  const s = useStrings(STRINGS);
  const styles = useStyles();
  const { formats, say } = useI18n();
  const share = (quadrant: Quadrant) =>
    figures.taggedHours > 0 ? figures.quadrantHours[quadrant] / figures.taggedHours : 0;
  // I+U+ and I+U-: its share is the "share of important time" the Week view shows.
  const importantHours = roundTo2(figures.quadrantHours['I+U+'] + figures.quadrantHours['I+U-']);
  const zone = localZone();
  return (
    <table className={styles.table} data-member={props.title}>
      <caption className={styles.caption}>
        {props.title}
        {props.updatedAt !== undefined && (
          <Caption1 className={styles.updated}>
            {formats.day(props.updatedAt, zone)} {formats.time(props.updatedAt, zone)}
          </Caption1>
        )}
      </caption>
      <thead>
        <tr data-quadrant="head">
          <th scope="col" className={mergeClasses(styles.head, styles.start)}>
            {s.quadrant}
          </th>
          <th scope="col" className={mergeClasses(styles.head, styles.number, styles.headWraps)}>
            {s.hours}
          </th>
          <th scope="col" className={mergeClasses(styles.head, styles.number, styles.headWraps)}>
            {say(GLOSSARY.taggedShare)}
          </th>
        </tr>
      </thead>
      <tbody>
        {QUADRANTS.map((quadrant) => (
          <tr key={quadrant} data-quadrant={quadrant}>
            <th scope="row" className={styles.rowHead}>
              <span className={styles.code}>{quadrant}</span> {say(QUADRANT_NAMES[quadrant])}
            </th>
            <td className={styles.number}>{formats.hours(figures.quadrantHours[quadrant])}</td>
            <td className={styles.number}>{formats.percent(share(quadrant))}</td>
          </tr>
        ))}
        <tr className={styles.total} data-quadrant="total">
          <th scope="row" className={styles.rowHead}>
            {s.tagged}
          </th>
          <td className={styles.number}>{formats.hours(figures.taggedHours)}</td>
          <td className={styles.number}>{formats.percent(figures.taggedHours > 0 ? 1 : 0)}</td>
        </tr>
        <tr data-quadrant="important">
          <th scope="row" className={styles.rowHead}>
            {say(GLOSSARY.importantTime)}
          </th>
          <td className={styles.number}>{formats.hours(importantHours)}</td>
          <td className={styles.number}>{formats.percent(figures.importantShare)}</td>
        </tr>
      </tbody>
    </table>
  );
}
