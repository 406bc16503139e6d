import { makeStyles, tokens } from '@fluentui/react-components';
import type { ScorePoint } from '../../plans/store';
import { formatUkDate } from '../../plans/iso-date';
import { scoreBand, type ScoreBin } from '../score';
import { BarChart } from './BarChart';

const useStyles = makeStyles({
  svg: { maxWidth: '100%', height: 'auto' },
  redBar: { backgroundColor: tokens.colorPaletteRedBackground3 },
  amberBar: { backgroundColor: tokens.colorPaletteMarigoldBackground3 },
  greenBar: { backgroundColor: tokens.colorPaletteGreenBackground3 },
  line: { fill: 'none', stroke: tokens.colorBrandForeground1, strokeWidth: '2px' },
  point: { fill: tokens.colorBrandForeground1 },
  band: { fill: tokens.colorNeutralBackground3 },
});

/** The team's plans per ten score points, each bar in its band's colour, counts written on. */
export function ScoreDistribution({ bins, unscored }: { bins: ScoreBin[]; unscored: number }) {
  const styles = useStyles();
  const label = (b: ScoreBin) => (b.from === 90 ? '90–100' : `${b.from}–${b.from + 9}`);
  const summary =
    bins.map((b) => `${label(b)}: ${b.count}`).join('; ') +
    (unscored ? `; not scored yet: ${unscored}` : '');
  return (
    <BarChart
      title="Plans by quality score"
      summary={summary}
      testId="score-distribution"
      rows={bins.map((b) => ({
        key: String(b.from),
        label: label(b),
        count: b.count,
        barClassName: styles[`${scoreBand(b.from)}Bar`],
      }))}
      note={unscored ? `Not scored yet: ${unscored}` : undefined}
    />
  );
}

/** One plan's score at each save: a small line from 0 to 100, with the points described in words. */
export function ScoreTrend({ points, label }: { points: ScorePoint[]; label: string }) {
  const styles = useStyles();
  const width = 160;
  const height = 36;
  if (points.length === 0) return <span>No saved scores yet</span>;
  const x = (i: number) =>
    points.length === 1 ? width / 2 : 4 + (i * (width - 8)) / (points.length - 1);
  const y = (v: number) => 2 + ((100 - v) / 100) * (height - 4);
  const words = points.map((p) => `${formatUkDate(p.at.slice(0, 10))}: ${p.score}`).join('; ');
  return (
    <svg
      className={styles.svg}
      role="img"
      aria-label={`${label}: ${words}`}
      viewBox={`0 0 ${width} ${height}`}
      width={width}
      height={height}
      data-testid="score-trend"
    >
      <title>{`${label}: ${words}`}</title>
      {/* The green zone (80 and above) behind the line, so the trend reads against the bands. */}
      <rect className={styles.band} x={0} y={0} width={width} height={y(80)} />
      {points.length > 1 && (
        <polyline
          className={styles.line}
          points={points.map((p, i) => `${x(i)},${y(p.score)}`).join(' ')}
        />
      )}
      {points.map((p, i) => (
        <circle key={`${p.at}-${i}`} className={styles.point} cx={x(i)} cy={y(p.score)} r={2.5} />
      ))}
    </svg>
  );
}
