import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { Catalog } from '../../../core/catalog';
import type { SummaryJson } from '../../../core/summary-json';
import { useI18n, useStrings, type Localized } from '../../i18n/i18n';

const STRINGS: Localized<{ caption: string; task: string; actual: string; planned: string }> = {
  fr: { caption: 'Prévu et réalisé par tâche', task: 'Tâche', actual: 'Réalisé', planned: 'Prévu' },
  en: {
    caption: 'Planned and actual per task',
    task: 'Task',
    actual: 'Actual',
    planned: 'Planned',
  },
};

const useStyles = makeStyles({
  table: { width: '100%', borderCollapse: 'collapse', tableLayout: 'fixed' },
  caption: {
    textAlign: 'start',
    fontWeight: tokens.fontWeightSemibold,
    paddingBottom: tokens.spacingVerticalXS,
  },
  head: {
    fontWeight: tokens.fontWeightRegular,
    color: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase200,
    textAlign: 'end',
  },
  headStart: { textAlign: 'start' },
  task: {
    width: '36%',
    paddingBlock: tokens.spacingVerticalXXS,
    fontWeight: tokens.fontWeightRegular,
    textAlign: 'start',
    verticalAlign: 'top',
  },
  code: { display: 'block', fontWeight: tokens.fontWeightSemibold },
  // At 320 px a label gets two lines, then an ellipsis; the whole label is its title.
  label: {
    display: '-webkit-box',
    WebkitLineClamp: 2,
    WebkitBoxOrient: 'vertical',
    overflow: 'hidden',
    overflowWrap: 'anywhere',
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    color: tokens.colorNeutralForeground2,
  },
  number: {
    textAlign: 'end',
    verticalAlign: 'top',
    fontVariantNumeric: 'tabular-nums',
    width: '21%',
  },
  barCell: {
    paddingInline: tokens.spacingHorizontalS,
    verticalAlign: 'top',
    paddingTop: tokens.spacingVerticalS,
  },
  track: {
    position: 'relative',
    height: '8px',
    borderRadius: tokens.borderRadiusSmall,
    backgroundColor: tokens.colorNeutralBackground4,
  },
  actual: {
    position: 'absolute',
    insetBlock: 0,
    insetInlineStart: 0,
    borderRadius: tokens.borderRadiusSmall,
    backgroundColor: tokens.colorBrandBackground,
  },
  planned: {
    position: 'absolute',
    top: '-3px',
    bottom: '-3px',
    width: '2px',
    backgroundColor: tokens.colorNeutralForeground1,
  },
});

/**
 * Planned against actual hours per task, each task by its code and label: bars for the eye,
 * the same figures as text in the table.
 */
export function TaskBars({ figures, catalog }: { figures: SummaryJson; catalog: Catalog }) {
  const styles = useStyles();
  const { formats, language } = useI18n();
  const labels = new Map(catalog.map((task) => [task.code, task.label[language]]));
  const s = useStrings(STRINGS);
  const scale = Math.max(1, ...figures.tasks.flatMap((t) => [t.actualHours, t.plannedHours]));
  const percent = (hours: number) => `${(100 * hours) / scale}%`;
  return (
    <table className={styles.table}>
      <caption className={styles.caption}>{s.caption}</caption>
      <thead>
        <tr>
          <th scope="col" className={mergeClasses(styles.head, styles.task, styles.headStart)}>
            {s.task}
          </th>
          <td />
          <th scope="col" className={mergeClasses(styles.head, styles.number)}>
            {s.actual}
          </th>
          <th scope="col" className={mergeClasses(styles.head, styles.number)}>
            {s.planned}
          </th>
        </tr>
      </thead>
      <tbody>
        {figures.tasks.map((task) => (
          <tr key={task.code} data-task={task.code}>
            <th scope="row" className={styles.task}>
              <span className={styles.code}>{task.code}</span>
              {labels.has(task.code) && (
                <span className={styles.label} title={labels.get(task.code)}>
                  {labels.get(task.code)}
                </span>
              )}
            </th>
            <td className={styles.barCell} aria-hidden="true">
              <div className={styles.track}>
                <div className={styles.actual} style={{ width: percent(task.actualHours) }} />
                <div
                  className={styles.planned}
                  style={{ insetInlineStart: percent(task.plannedHours) }}
                />
              </div>
            </td>
            <td className={styles.number} data-actual>
              {formats.duration(task.actualHours)}
            </td>
            <td className={styles.number}>{formats.duration(task.plannedHours)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
