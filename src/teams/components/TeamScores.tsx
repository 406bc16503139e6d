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
} from '@fluentui/react-components';
import { useEffect, useMemo, useState } from 'react';
import type { Plan } from '../../plans/model';
import type { ScorePoint } from '../../plans/store';
import { routeHash } from '../../plans/tab-routes';
import { scoreBins } from '../score';
import { ScoreBadge } from './ScoreBadge';
import { ScoreDistribution, ScoreTrend } from './ScoreCharts';
import { useNarrowStyles } from './narrow';
import { loadError, useServices } from './services';
import { WorriesCount } from './WorriesCount';
import { mixedCounts, worriesColumnLabel, worriesLabel } from '../worries';

type History = Map<string, ScorePoint[]>;

const useStyles = makeStyles({
  // The trend is as wide as the card allows, under its label, not squeezed beside it.
  wholeRow: { gridColumn: '1 / -1' },
});

const TITLE = 'Plan quality scores over time';

/** One plan's scores as a card: for the side panel, where the table's columns are tight. */
function ScoreCard({ plan, points }: { plan: Plan; points: ScorePoint[] | undefined }) {
  const narrow = useNarrowStyles();
  const styles = useStyles();
  return (
    <li className={narrow.card} data-testid="score-card">
      <Link className={narrow.cardTitle} href={routeHash({ view: 'plan', planId: plan.id ?? '' })}>
        {plan.childRef}
      </Link>
      <dl className={narrow.facts}>
        <dt>Score now</dt>
        <dd>
          <ScoreBadge score={plan.score} />
        </dd>
        <dt>{worriesLabel(plan)}</dt>
        <dd>
          <WorriesCount plan={plan} />
        </dd>
        {points && (
          <>
            <dt className={styles.wholeRow}>Score at each save</dt>
            <dd className={styles.wholeRow}>
              <ScoreTrend points={points} label={`Scores for ${plan.childRef}`} />
            </dd>
          </>
        )}
      </dl>
    </li>
  );
}

/** The team's plan scores: how they are spread now, and each plan's score at each save. */
export function TeamScores({ plans }: { plans: Plan[] }) {
  const { store } = useServices();
  const narrow = useNarrowStyles();
  const [history, setHistory] = useState<History>();
  const [error, setError] = useState<string>();
  const ids = useMemo(
    () => plans.map((p) => p.id).filter((id): id is string => Boolean(id)),
    [plans],
  );

  useEffect(() => {
    let live = true;
    store
      .scoreHistory(ids)
      .then((h) => live && setHistory(h))
      .catch((err: unknown) => live && setError(loadError('the score history', err)));
    return () => {
      live = false;
    };
  }, [store, ids]);

  const scored = plans.filter((p) => p.score !== undefined);
  const bins = useMemo(() => scoreBins(scored.map((p) => p.score!)), [scored]);
  const byScore = [...plans].sort((a, b) => (a.score ?? -1) - (b.score ?? -1));
  const mixed = mixedCounts(plans);

  return (
    <section aria-labelledby="team-scores-heading">
      <h3 id="team-scores-heading">Plan quality scores</h3>
      <Text block>
        {scored.length} of {plans.length} plan{plans.length === 1 ? '' : 's'} scored at their last
        save from Word, lowest first.
      </Text>
      <ScoreDistribution bins={bins} unscored={plans.length - scored.length} />
      {error && <Text role="alert">{error}</Text>}
      {!history && !error && <Spinner size="tiny" label="Loading the score history…" />}
      <ul className={narrow.cards} aria-label={TITLE} data-testid="team-scores-cards">
        {byScore.map((plan) => (
          <ScoreCard
            key={plan.id}
            plan={plan}
            points={history ? (history.get(plan.id ?? '') ?? []) : undefined}
          />
        ))}
      </ul>
      <Table className={narrow.wideOnly} aria-label={TITLE} size="small" data-testid="team-scores">
        <TableHeader>
          <TableRow>
            <TableHeaderCell>Child</TableHeaderCell>
            <TableHeaderCell>Score now</TableHeaderCell>
            <TableHeaderCell>{worriesColumnLabel(plans)}</TableHeaderCell>
            <TableHeaderCell>Score at each save</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {byScore.map((plan) => (
            <TableRow key={plan.id}>
              <TableCell>
                <Link href={routeHash({ view: 'plan', planId: plan.id ?? '' })}>
                  {plan.childRef}
                </Link>
              </TableCell>
              <TableCell>
                <ScoreBadge score={plan.score} />
              </TableCell>
              <TableCell>
                <WorriesCount plan={plan} named={mixed} />
              </TableCell>
              <TableCell>
                {history && (
                  <ScoreTrend
                    points={history.get(plan.id ?? '') ?? []}
                    label={`Scores for ${plan.childRef}`}
                  />
                )}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </section>
  );
}
