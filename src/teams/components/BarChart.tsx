import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';

const useStyles = makeStyles({
  chart: {
    display: 'grid',
    // Label, bar, count: the bar takes what room is left, so the chart fits the side panel
    // (320 px) and a laptop alike, and its words stay at the page's own size.
    gridTemplateColumns: 'max-content minmax(0, 1fr) max-content',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
    alignItems: 'center',
    maxWidth: '560px',
    margin: `${tokens.spacingVerticalS} 0`,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    color: tokens.colorNeutralForeground1,
  },
  title: { gridColumn: '1 / -1', fontWeight: tokens.fontWeightSemibold },
  track: {
    height: '14px',
    backgroundColor: tokens.colorNeutralBackground3,
    borderRadius: tokens.borderRadiusSmall,
    overflow: 'hidden',
  },
  bar: { height: '100%', minWidth: '2px', backgroundColor: tokens.colorBrandBackground },
  count: { fontVariantNumeric: 'tabular-nums', textAlign: 'end' },
  note: { gridColumn: '1 / -1', color: tokens.colorNeutralForeground2 },
});

export interface BarRow {
  key: string;
  label: string;
  count: number;
  /** A class that colours the bar (a band's colour, overdue's red). */
  barClassName?: string;
}

/**
 * A horizontal bar chart in HTML: one row per bar, label, bar and count written out. It is an
 * image to assistive technology, described by `summary`, as the charts were when drawn in SVG.
 */
export function BarChart(props: {
  title: string;
  summary: string;
  rows: BarRow[];
  note?: string;
  testId?: string;
  /** False when a heading just above already names the chart. */
  showTitle?: boolean;
}) {
  const styles = useStyles();
  const max = Math.max(1, ...props.rows.map((r) => r.count));
  return (
    <div
      className={styles.chart}
      role="img"
      aria-label={`${props.title}. ${props.summary}`}
      data-testid={props.testId}
      data-chart=""
    >
      {props.showTitle !== false && (
        <span className={styles.title} aria-hidden="true">
          {props.title}
        </span>
      )}
      {props.rows.map((r) => (
        <div key={r.key} style={{ display: 'contents' }} aria-hidden="true">
          <span>{r.label}</span>
          <span className={styles.track}>
            <span
              className={mergeClasses(styles.bar, r.barClassName)}
              style={{ display: 'block', width: `${(r.count / max) * 100}%` }}
            />
          </span>
          <span className={styles.count}>{r.count}</span>
        </div>
      ))}
      {props.note && (
        <span className={styles.note} aria-hidden="true">
          {props.note}
        </span>
      )}
    </div>
  );
}
