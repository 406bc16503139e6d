import {
  Link,
  makeStyles,
  Spinner,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  tokens,
} from '@fluentui/react-components';
import { useEffect, useMemo, useState } from 'react';
import { dueItemsForPlan, type DueItem } from '../../plans/due';
import { formatUkDate } from '../../plans/iso-date';
import { useHouseRules } from '../../house-rules/useHouseRules';
import { PLAN_TYPE_LABEL, type Plan, type PlanBundle } from '../../plans/model';
import { routeHash } from '../../plans/tab-routes';
import { summarise } from '../supervisor';
import { DueChart } from './DueChart';
import { useNarrowStyles } from './narrow';
import { loadError, useServices } from './services';
import { TeamScores } from './TeamScores';

const useStyles = makeStyles({
  counts: {
    // Two to a row on the side panel, all four in a row on a laptop.
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(min(124px, 100%), 1fr))',
    maxWidth: '760px',
    gap: tokens.spacingHorizontalM,
    margin: `${tokens.spacingVerticalM} 0`,
    padding: 0,
    listStyleType: 'none',
  },
  count: {
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusLarge,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
    minWidth: 0,
  },
  number: {
    display: 'block',
    fontSize: tokens.fontSizeHero800,
    fontWeight: tokens.fontWeightSemibold,
    lineHeight: tokens.lineHeightHero800,
  },
  error: { color: tokens.colorPaletteRedForeground1 },
});

/** Loads several plans at once, a few at a time, so a large team does not flood the service. */
async function loadBundles(
  ids: string[],
  load: (id: string) => Promise<PlanBundle>,
  concurrency = 4,
): Promise<PlanBundle[]> {
  const out: PlanBundle[] = new Array(ids.length);
  let next = 0;
  const worker = async () => {
    while (next < ids.length) {
      const i = next++;
      out[i] = await load(ids[i]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, ids.length) }, worker));
  return out;
}

function DueTable({
  caption,
  items,
  testId,
}: {
  caption: string;
  items: DueItem[];
  testId: string;
}) {
  const narrow = useNarrowStyles();
  if (items.length === 0) return <p data-testid={testId}>{caption}: none.</p>;
  const what = (item: DueItem) =>
    `${item.title}${item.notes.length > 0 ? ` (${item.notes.join(' ')})` : ''}`;
  return (
    <>
      <ul className={narrow.cards} aria-label={caption} data-testid={`${testId}-cards`}>
        {items.map((item) => (
          <li key={item.key} className={narrow.card}>
            <Link
              className={narrow.cardTitle}
              href={routeHash({ view: 'plan', planId: item.planId })}
            >
              {item.childRef}
            </Link>
            <p className={narrow.cardLine}>{PLAN_TYPE_LABEL[item.planType]}</p>
            <p className={narrow.cardLine}>{what(item)}</p>
            <dl className={narrow.facts}>
              <dt>Due</dt>
              <dd>{item.dueDate ? formatUkDate(item.dueDate) : 'No date'}</dd>
              {item.owner?.name && (
                <>
                  <dt>Whose action</dt>
                  <dd>{item.owner.name}</dd>
                </>
              )}
            </dl>
          </li>
        ))}
      </ul>
      <Table className={narrow.wideOnly} aria-label={caption} size="small" data-testid={testId}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>Child</TableHeaderCell>
            <TableHeaderCell>Plan type</TableHeaderCell>
            <TableHeaderCell>What</TableHeaderCell>
            <TableHeaderCell>Due</TableHeaderCell>
            <TableHeaderCell>Whose action</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {items.map((item) => (
            <TableRow key={item.key}>
              <TableCell>
                <Link href={routeHash({ view: 'plan', planId: item.planId })}>{item.childRef}</Link>
              </TableCell>
              <TableCell>{PLAN_TYPE_LABEL[item.planType]}</TableCell>
              <TableCell>{what(item)}</TableCell>
              <TableCell>{item.dueDate ? formatUkDate(item.dueDate) : 'No date'}</TableCell>
              <TableCell>{item.owner?.name ?? ''}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </>
  );
}

export function SupervisorView() {
  const { store, me, today, houseRules } = useServices();
  // Due dates follow the organisation's timescales, as the reminders do.
  const rules = useHouseRules(houseRules);
  const { schedule } = rules.loaded;
  const rulesKnown = rules.loadedOnce;
  const styles = useStyles();
  const [items, setItems] = useState<DueItem[]>();
  const [plans, setPlans] = useState<Plan[]>([]);
  const [error, setError] = useState<string>();

  useEffect(() => {
    // Wait for the house rules, so the plans are not loaded twice over.
    if (!rulesKnown) return;
    let live = true;
    (async () => {
      const plans = await store.listPlans(me?.email ? { supervisor: me.email } : undefined);
      const ids = plans.map((p) => p.id).filter((id): id is string => Boolean(id));
      const bundles = await loadBundles(ids, (id) => store.getPlan(id));
      if (!live) return;
      setPlans(plans);
      setItems(bundles.flatMap((b) => dueItemsForPlan(b, { today, schedule })));
    })().catch((err: unknown) => live && setError(loadError("your team's plans", err)));
    return () => {
      live = false;
    };
  }, [store, me?.email, today, schedule, rulesKnown]);

  const summary = useMemo(() => (items ? summarise(items, today) : undefined), [items, today]);
  if (error)
    return (
      <Text role="alert" className={styles.error}>
        {error}
      </Text>
    );
  if (!summary) return <Spinner label="Loading your team's plans…" />;
  const planCount = plans.length;

  const counts = [
    { label: 'Due this week', value: summary.dueThisWeek.length, id: 'count-due' },
    { label: 'Overdue', value: summary.overdue.length, id: 'count-overdue' },
    { label: 'Drifting', value: summary.drifting.length, id: 'count-drifting' },
    {
      label: 'Cannot be scheduled',
      value: summary.cannotSchedule.length,
      id: 'count-unschedulable',
    },
  ];
  return (
    <section aria-labelledby="supervisor-heading">
      <h2 id="supervisor-heading">Your team&apos;s plans</h2>
      <Text>
        {planCount} plan{planCount === 1 ? '' : 's'} you supervise, as at {formatUkDate(today)}.
        Dates follow the review rules in the plan schedule.
      </Text>
      <ul className={styles.counts} aria-label="Counts">
        {counts.map((c) => (
          <li key={c.id} className={styles.count} data-testid={c.id}>
            <span className={styles.number}>{c.value}</span>
            {c.label}
          </li>
        ))}
      </ul>
      <h3>Due items by week</h3>
      <DueChart weeks={summary.weeks} overdue={summary.overdueCount} />
      <h3>Overdue</h3>
      <DueTable caption="Overdue" items={summary.overdue} testId="table-overdue" />
      <h3>Due this week</h3>
      <DueTable caption="Due this week" items={summary.dueThisWeek} testId="table-due" />
      <h3>Drifting: no progress recorded since the last core group</h3>
      <DueTable caption="Drifting" items={summary.drifting} testId="table-drifting" />
      {summary.cannotSchedule.length > 0 && (
        <>
          <h3>Cannot be scheduled</h3>
          <DueTable
            caption="Cannot be scheduled"
            items={summary.cannotSchedule}
            testId="table-unschedulable"
          />
        </>
      )}
      <TeamScores plans={plans} />
    </section>
  );
}
