import { makeStyles, tokens } from '@fluentui/react-components';
import type { Plan } from '../../plans/model';
import { worriesNotAnswered } from '../worries';

const useStyles = makeStyles({
  // A worry nothing answers is what a supervisor looks for, so it stands out from "0 of 3".
  some: { fontWeight: tokens.fontWeightSemibold },
});

/** The count kept at the plan's last save from Word, in words (see src/teams/worries.ts). */
export function WorriesCount({ plan }: { plan: Pick<Plan, 'worries' | 'type'> }) {
  const styles = useStyles();
  const some = (plan.worries?.unanswered ?? 0) > 0;
  return (
    <span className={some ? styles.some : undefined} data-testid="worries-count">
      {worriesNotAnswered(plan)}
    </span>
  );
}
