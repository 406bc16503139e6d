import {
  Field,
  Input,
  Link,
  makeStyles,
  SearchBox,
  Select,
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
import { formatUkDate } from '../../plans/iso-date';
import {
  PLAN_STATUS_LABEL,
  PLAN_STATUSES,
  PLAN_TYPE_LABEL,
  PLAN_TYPES,
  type Plan,
  type PlanStatus,
  type PlanType,
} from '../../plans/model';
import { filterPlans, NO_FILTER, type PlanListFilter } from '../plan-filter';
import { routeHash } from '../../plans/tab-routes';
import { NARROW, useNarrowStyles } from './narrow';
import { ScoreBadge } from './ScoreBadge';
import { loadError, useServices } from './services';
import { WorriesCount } from './WorriesCount';
import { mixedCounts, worriesColumnLabel, worriesLabel } from '../worries';

const useStyles = makeStyles({
  filters: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalM,
    alignItems: 'end',
    marginBottom: tokens.spacingVerticalM,
  },
  // On the side panel (and any narrow window) a field takes the whole row.
  field: { [NARROW]: { flexGrow: 1, flexBasis: '100%', minWidth: 0 } },
  error: { color: tokens.colorPaletteRedForeground1 },
  past: { color: tokens.colorPaletteRedForeground1, display: 'block' },
});

const dateOrNotSet = (iso: string | undefined) => (iso ? formatUkDate(iso) : 'Not set');

/**
 * A meeting date, marked when it has gone by with no later one set: the list is where a worker
 * sees which plan needs its next meeting booked.
 */
function MeetingDate({ iso, today }: { iso: string | undefined; today: string }) {
  const styles = useStyles();
  if (!iso || iso >= today) return <>{dateOrNotSet(iso)}</>;
  return (
    <>
      {formatUkDate(iso)} <span className={styles.past}>date passed</span>
    </>
  );
}

/** One plan as a card: for the side panel, where the table's columns would overprint. */
function PlanCard({ plan, today }: { plan: Plan; today: string }) {
  const styles = useNarrowStyles();
  return (
    <li className={styles.card} data-testid="plan-card">
      <Link className={styles.cardTitle} href={routeHash({ view: 'plan', planId: plan.id ?? '' })}>
        {plan.childRef}
      </Link>
      <p className={styles.cardLine}>
        {PLAN_TYPE_LABEL[plan.type]} · {PLAN_STATUS_LABEL[plan.status]} · Lead:{' '}
        {plan.leadProfessional.name}
      </p>
      <dl className={styles.facts}>
        <dt>Next core group</dt>
        <dd>
          <MeetingDate iso={plan.nextCoreGroup} today={today} />
        </dd>
        <dt>Next review</dt>
        <dd>
          <MeetingDate iso={plan.nextReview} today={today} />
        </dd>
        <dt>Plan score</dt>
        <dd>
          <ScoreBadge score={plan.score} />
        </dd>
        <dt>{worriesLabel(plan)}</dt>
        <dd>
          <WorriesCount plan={plan} />
        </dd>
      </dl>
    </li>
  );
}

export function PlansView() {
  const { store, me, today } = useServices();
  const styles = useStyles();
  const narrow = useNarrowStyles();
  const [plans, setPlans] = useState<Plan[] | undefined>();
  const [error, setError] = useState<string>();
  const [filter, setFilter] = useState<PlanListFilter>(NO_FILTER);

  useEffect(() => {
    let live = true;
    store
      .listPlans(me?.email ? { involving: me.email } : undefined)
      .then((list) => live && setPlans(list))
      .catch((err: unknown) => live && setError(loadError('your plans', err)));
    return () => {
      live = false;
    };
  }, [store, me?.email]);

  const shown = useMemo(() => (plans ? filterPlans(plans, filter) : []), [plans, filter]);
  const mixed = mixedCounts(shown);
  const set = (change: Partial<PlanListFilter>) => setFilter((f) => ({ ...f, ...change }));

  return (
    <section aria-labelledby="plans-heading">
      <h2 id="plans-heading">Plans you are part of</h2>
      <div className={styles.filters} role="search" aria-label="Search and filter plans">
        <Field className={styles.field} label="Search">
          <SearchBox
            value={filter.text}
            onChange={(_, d) => set({ text: d.value })}
            placeholder="Child, type or worker"
          />
        </Field>
        <Field className={styles.field} label="Plan type">
          <Select value={filter.type} onChange={(_, d) => set({ type: d.value as PlanType | '' })}>
            <option value="">All types</option>
            {PLAN_TYPES.map((t) => (
              <option key={t} value={t}>
                {PLAN_TYPE_LABEL[t]}
              </option>
            ))}
          </Select>
        </Field>
        <Field className={styles.field} label="Status">
          <Select
            value={filter.status}
            onChange={(_, d) => set({ status: d.value as PlanStatus | '' })}
          >
            <option value="">All statuses</option>
            {PLAN_STATUSES.map((s) => (
              <option key={s} value={s}>
                {PLAN_STATUS_LABEL[s]}
              </option>
            ))}
          </Select>
        </Field>
        <Field className={styles.field} label="Next review on or before">
          <Input
            type="date"
            value={filter.reviewBy}
            onChange={(_, d) => set({ reviewBy: d.value })}
          />
        </Field>
      </div>
      {error && (
        <Text role="alert" className={styles.error}>
          {error}
        </Text>
      )}
      {!plans && !error && <Spinner label="Loading plans…" />}
      {plans && (
        <>
          <Text role="status">
            {shown.length} of {plans.length} plan{plans.length === 1 ? '' : 's'} shown
          </Text>
          <ul className={narrow.cards} aria-label="Plans">
            {shown.map((plan) => (
              <PlanCard key={plan.id} plan={plan} today={today} />
            ))}
          </ul>
          <Table className={narrow.wideOnly} aria-label="Plans" size="small">
            <TableHeader>
              <TableRow>
                <TableHeaderCell>Child</TableHeaderCell>
                <TableHeaderCell>Plan type</TableHeaderCell>
                <TableHeaderCell>Status</TableHeaderCell>
                <TableHeaderCell>Lead professional</TableHeaderCell>
                <TableHeaderCell>Next core group</TableHeaderCell>
                <TableHeaderCell>Next review</TableHeaderCell>
                <TableHeaderCell>Plan score</TableHeaderCell>
                <TableHeaderCell>{worriesColumnLabel(shown)}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {shown.map((plan) => (
                <TableRow key={plan.id}>
                  <TableCell>
                    <Link href={routeHash({ view: 'plan', planId: plan.id ?? '' })}>
                      {plan.childRef}
                    </Link>
                  </TableCell>
                  <TableCell>{PLAN_TYPE_LABEL[plan.type]}</TableCell>
                  <TableCell>{PLAN_STATUS_LABEL[plan.status]}</TableCell>
                  <TableCell>{plan.leadProfessional.name}</TableCell>
                  <TableCell>
                    <MeetingDate iso={plan.nextCoreGroup} today={today} />
                  </TableCell>
                  <TableCell>
                    <MeetingDate iso={plan.nextReview} today={today} />
                  </TableCell>
                  <TableCell>
                    <ScoreBadge score={plan.score} />
                  </TableCell>
                  <TableCell>
                    <WorriesCount plan={plan} named={mixed} />
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </>
      )}
    </section>
  );
}
