import { makeStyles, tokens } from '@fluentui/react-components';
import { formatUkDate } from '../../plans/iso-date';
import type { WeekBucket } from '../supervisor';

const useStyles = makeStyles({
  svg: { maxWidth: '100%', height: 'auto' },
  bar: { fill: tokens.colorBrandBackground },
  overdue: { fill: tokens.colorPaletteRedBackground3 },
  text: { fill: tokens.colorNeutralForeground1, fontSize: '11px' },
  axis: { stroke: tokens.colorNeutralStroke1 },
});

/** A small bar chart of due items by week, with the overdue pile first; the numbers are written on it. */
export function DueChart({ weeks, overdue }: { weeks: WeekBucket[]; overdue: number }) {
  const styles = useStyles();
  const bars = [
    { label: 'Overdue', count: overdue, overdue: true },
    ...weeks.map((w, i) => ({
      label: i === 0 ? 'This week' : `w/c ${formatUkDate(w.start).slice(0, 5)}`,
      count: w.count,
      overdue: false,
    })),
  ];
  const max = Math.max(1, ...bars.map((b) => b.count));
  const width = 64;
  const height = 120;
  const summary = bars.map((b) => `${b.label}: ${b.count}`).join('; ');
  return (
    <svg
      className={styles.svg}
      role="img"
      aria-labelledby="due-chart-title due-chart-desc"
      viewBox={`0 0 ${bars.length * width} ${height + 40}`}
      width={bars.length * width}
      height={height + 40}
    >
      <title id="due-chart-title">Due items by week</title>
      <desc id="due-chart-desc">{summary}</desc>
      <line
        className={styles.axis}
        x1={0}
        x2={bars.length * width}
        y1={height + 0.5}
        y2={height + 0.5}
      />
      {bars.map((b, i) => {
        const h = Math.round((b.count / max) * (height - 20));
        return (
          <g key={b.label}>
            <rect
              className={b.overdue ? styles.overdue : styles.bar}
              x={i * width + 12}
              y={height - h}
              width={width - 24}
              height={h}
            />
            <text
              className={styles.text}
              x={i * width + width / 2}
              y={height - h - 4}
              textAnchor="middle"
            >
              {b.count}
            </text>
            <text
              className={styles.text}
              x={i * width + width / 2}
              y={height + 16}
              textAnchor="middle"
            >
              {b.label}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
