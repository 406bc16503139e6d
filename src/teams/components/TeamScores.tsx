import {
  Link,
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
import { loadError, useServices } from './services';

type History = Map<string, ScorePoint[]>;

/** The team's plan scores: how they are spread now, and each plan's score at each save. */
export function TeamScores({ plans }: { plans: Plan[] }) {
  const { store } = useServices();
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
      <Table aria-label="Plan quality scores over time" size="small" data-testid="team-scores">
        <TableHeader>
          <TableRow>
            <TableHeaderCell>Child</TableHeaderCell>
            <TableHeaderCell>Score now</TableHeaderCell>
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
