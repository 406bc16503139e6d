import { makeStyles, tokens } from '@fluentui/react-components';
import { formatUkDate } from '../../plans/iso-date';
import type { WeekBucket } from '../supervisor';
import { BarChart } from './BarChart';

const useStyles = makeStyles({
  overdue: { backgroundColor: tokens.colorPaletteRedBackground3 },
});

/** Due items by week, the overdue pile first; one row per week, the numbers written on it. */
export function DueChart({ weeks, overdue }: { weeks: WeekBucket[]; overdue: number }) {
  const styles = useStyles();
  const rows = [
    { key: 'overdue', label: 'Overdue', count: overdue, barClassName: styles.overdue },
    ...weeks.map((w, i) => ({
      key: w.start,
      label: i === 0 ? 'This week' : `Week of ${formatUkDate(w.start).slice(0, 5)}`,
      count: w.count,
    })),
  ];
  const summary = rows.map((b) => `${b.label}: ${b.count}`).join('; ');
  return (
    <BarChart
      title="Due items by week"
      summary={summary}
      rows={rows}
      testId="due-chart"
      showTitle={false}
    />
  );
}
