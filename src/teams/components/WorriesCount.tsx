import { makeStyles, tokens } from '@fluentui/react-components';
import type { Plan } from '../../plans/model';
import { worriesNotAnswered } from '../worries';

const useStyles = makeStyles({
  // A worry nothing answers is what a supervisor looks for, so it stands out from "0 of 3".
  some: { fontWeight: tokens.fontWeightSemibold },
});

/**
 * The count kept at the plan's last save from Word, in words (see src/teams/worries.ts). `named`
 * adds "worries" or "needs" for a list that holds both.
 */
export function WorriesCount({
  plan,
  named = false,
}: {
  plan: Pick<Plan, 'worries' | 'type'>;
  named?: boolean;
}) {
  const styles = useStyles();
  const some = (plan.worries?.unanswered ?? 0) > 0;
  return (
    <span className={some ? styles.some : undefined} data-testid="worries-count">
      {worriesNotAnswered(plan, { named })}
    </span>
  );
}
