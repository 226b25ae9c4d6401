import { makeStyles, tokens } from '@fluentui/react-components';
import type { Quadrant, Task } from '../../../core/catalog';
import { adoptionMarkers, type AdoptionMarker, type TrendPoint } from '../../../core/history';
import { QUADRANT_NAMES } from '../../i18n/domain-strings';
import { useI18n, useStrings, type Localized } from '../../i18n/i18n';
import { useWeekWords } from '../../components/week-words';

const STRINGS: Localized<{
  title: string;
  summary: (first: string, last: string, from: string, to: string) => string;
  share: string;
  /** The words of the glossary's "IA adoptée le" / "AI adopted on". */
  adopted: (date: string, task: string) => string;
}> = {
  fr: {
    title: 'Heures par quadrant et part du temps important, 12 dernières semaines',
    summary: (first, last, from, to) =>
      `Part du temps important : ${from} en ${first}, ${to} en ${last}.`,
    share: 'Part du temps important',
    adopted: (date, task) => `IA adoptée le ${date} : ${task}`,
  },
  en: {
    title: 'Hours per quadrant and share of important time, last 12 weeks',
    summary: (first, last, from, to) =>
      `Share of important time: ${from} in ${first}, ${to} in ${last}.`,
    share: 'Share of important time',
    adopted: (date, task) => `AI adopted on ${date}: ${task}`,
  },
};

/** The workbook chart's colours, so the pane and the dashboard read alike. */
const COLOURS: Record<Quadrant, string> = {
  'I+U+': '#C00000',
  'I+U-': '#2E75B6',
  'I-U+': '#ED7D31',
  'I-U-': '#8C8C8C',
};
const STACK: readonly Quadrant[] = ['I+U+', 'I+U-', 'I-U+', 'I-U-'];
const SHARE_COLOUR = '#00A04A';

const useStyles = makeStyles({
  figure: { margin: 0 },
  caption: { fontWeight: tokens.fontWeightSemibold, paddingBottom: tokens.spacingVerticalXS },
  legend: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalM}`,
    listStyle: 'none',
    padding: 0,
    margin: `${tokens.spacingVerticalXS} 0 0`,
    fontSize: tokens.fontSizeBase200,
  },
  swatch: {
    display: 'inline-block',
    width: '10px',
    height: '10px',
    marginInlineEnd: tokens.spacingHorizontalXS,
  },
  code: { fontWeight: tokens.fontWeightSemibold },
  // An adoption date's item takes a line of its own: it is a sentence.
  adoption: { flexBasis: '100%', display: 'flex', alignItems: 'baseline' },
  markerSwatch: {
    display: 'inline-block',
    // A dashed stroke where the others have a square, as the line on the chart.
    width: 0,
    height: '10px',
    flexShrink: 0,
    marginInlineStart: '4px',
    marginInlineEnd: '8px',
    borderInlineStartWidth: '2px',
    borderInlineStartStyle: 'dashed',
    borderInlineStartColor: tokens.colorNeutralForeground1,
  },
  axis: { fill: tokens.colorNeutralForeground2, fontSize: '9px' },
  marker: { stroke: tokens.colorNeutralForeground1 },
  markerCode: { fill: tokens.colorNeutralForeground1, fontSize: '8px', fontWeight: 600 },
});

const WIDTH = 300;
const HEIGHT = 160;
const PLOT = { left: 30, right: 30, top: 16, bottom: 18 };

/**
 * A small hand-drawn chart: stacked hours per quadrant, the share of important time as a line
 * (right axis), a dashed line where each task's AI was adopted (`adoptions`, the tasks with an
 * "AI adopted on" date); its legend names the quadrants and those tasks.
 */
export function TrendChart({
  points,
  adoptions,
}: {
  points: readonly TrendPoint[];
  adoptions: readonly Pick<Task, 'code' | 'label' | 'aiSince'>[];
}) {
  const styles = useStyles();
  const { formats, language, say } = useI18n();
  const s = useStrings(STRINGS);
  const markers = adoptionMarkers(points, adoptions);
  const dateFormat = new Intl.DateTimeFormat(language === 'fr' ? 'fr-FR' : 'en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
  const adoptedOn = (marker: AdoptionMarker) =>
    s.adopted(
      dateFormat.format(new Date(`${marker.aiSince}T00:00:00Z`)),
      `${marker.code} · ${marker.label[language]}`,
    );
  const weekWords = useWeekWords();
  const recorded = points.filter((p) => p.record !== null);
  const totals = points.map((p) =>
    p.record === null ? 0 : STACK.reduce((sum, q) => sum + p.record!.quadrantHours[q], 0),
  );
  const top = Math.max(10, Math.ceil(Math.max(...totals) / 10) * 10);
  const plotWidth = WIDTH - PLOT.left - PLOT.right;
  const plotHeight = HEIGHT - PLOT.top - PLOT.bottom;
  const slot = plotWidth / points.length;
  const y = (hours: number) => PLOT.top + plotHeight - (hours / top) * plotHeight;
  const yShare = (share: number) => PLOT.top + plotHeight - share * plotHeight;
  const x = (i: number) => PLOT.left + slot * i + slot / 2;
  const line = points
    .map((p, i) =>
      p.importantShare === null
        ? null
        : `${x(i).toFixed(1)},${yShare(p.importantShare).toFixed(1)}`,
    )
    .filter((point): point is string => point !== null)
    .join(' ');
  const first = recorded[0];
  const last = recorded[recorded.length - 1];
  // An adoption date's line stands where its week's bar begins, between two bars.
  const markerX = (marker: AdoptionMarker) => PLOT.left + slot * marker.index;
  return (
    <figure className={styles.figure}>
      <figcaption className={styles.caption} id="trend-title">
        {s.title}
      </figcaption>
      {/* A group, not an image: the adoption markers inside are named for screen readers. */}
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        width="100%"
        role="group"
        aria-labelledby="trend-title"
        aria-describedby="trend-desc"
        data-testid="trend-chart"
      >
        <desc id="trend-desc">
          {first !== undefined && last !== undefined
            ? s.summary(
                weekWords(first.week),
                weekWords(last.week),
                formats.percent(first.importantShare ?? 0),
                formats.percent(last.importantShare ?? 0),
              )
            : ''}
        </desc>
        <g data-axis="hours" aria-hidden="true">
          {[0, top / 2, top].map((hours) => (
            <g key={hours}>
              <line
                x1={PLOT.left}
                x2={WIDTH - PLOT.right}
                y1={y(hours)}
                y2={y(hours)}
                stroke="currentColor"
                strokeOpacity={0.15}
              />
              <text x={PLOT.left - 3} y={y(hours) + 3} textAnchor="end" className={styles.axis}>
                {`${hours}\u00a0h`}
              </text>
            </g>
          ))}
        </g>
        <g data-axis="share" aria-hidden="true">
          {[0, 0.5, 1].map((share) => (
            <text
              key={share}
              x={WIDTH - PLOT.right + 3}
              y={yShare(share) + 3}
              className={styles.axis}
            >
              {formats.percent(share)}
            </text>
          ))}
        </g>
        {points.map((p, i) => {
          if (p.record === null) return null;
          let base = 0;
          return (
            <g key={p.week} data-week={p.week} aria-hidden="true">
              {STACK.map((q) => {
                const hours = p.record!.quadrantHours[q];
                const bar = (
                  <rect
                    key={q}
                    data-quadrant={q}
                    x={x(i) - slot * 0.35}
                    width={slot * 0.7}
                    y={y(base + hours)}
                    height={y(base) - y(base + hours)}
                    fill={COLOURS[q]}
                  />
                );
                base += hours;
                return bar;
              })}
              <text x={x(i)} y={HEIGHT - 5} textAnchor="middle" className={styles.axis}>
                {p.week.slice(-2)}
              </text>
            </g>
          );
        })}
        {line !== '' && (
          <polyline
            points={line}
            fill="none"
            stroke={SHARE_COLOUR}
            strokeWidth={2}
            aria-hidden="true"
          />
        )}
        {markers.map((marker) => (
          <g
            key={marker.code}
            role="img"
            aria-label={adoptedOn(marker)}
            data-ai-marker={marker.code}
            data-marker-week={marker.week}
          >
            <line
              x1={markerX(marker)}
              x2={markerX(marker)}
              y1={PLOT.top - 2}
              y2={PLOT.top + plotHeight}
              className={styles.marker}
              strokeWidth={1.5}
              strokeDasharray="3 2"
            />
            <text
              x={markerX(marker)}
              y={PLOT.top - 5}
              textAnchor="middle"
              className={styles.markerCode}
            >
              {marker.code}
            </text>
          </g>
        ))}
      </svg>
      <ul className={styles.legend} data-testid="trend-legend">
        {STACK.map((q) => (
          <li key={q}>
            <span
              className={styles.swatch}
              style={{ backgroundColor: COLOURS[q] }}
              aria-hidden="true"
            />
            <span className={styles.code}>{q}</span> {say(QUADRANT_NAMES[q])}
          </li>
        ))}
        <li>
          <span
            className={styles.swatch}
            style={{ backgroundColor: SHARE_COLOUR }}
            aria-hidden="true"
          />
          {s.share}
        </li>
        {markers.map((marker) => (
          <li key={marker.code} className={styles.adoption}>
            <span className={styles.markerSwatch} aria-hidden="true" />
            <span>{adoptedOn(marker)}</span>
          </li>
        ))}
      </ul>
    </figure>
  );
}
