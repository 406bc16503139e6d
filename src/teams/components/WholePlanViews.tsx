import { makeStyles, tokens } from '@fluentui/react-components';
import type { Participant, View } from '../people';
import { RecordViewForm, ViewsList, type RecordedView } from './ViewsPanel';

const useStyles = makeStyles({
  panel: {
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusLarge,
    padding: tokens.spacingHorizontalM,
    margin: `${tokens.spacingVerticalM} 0 ${tokens.spacingVerticalL} 0`,
    backgroundColor: tokens.colorNeutralBackground1,
    minWidth: 0,
  },
  heading: { marginTop: 0 },
});

/**
 * Views on the whole plan, as each objective has its own: a view recorded here is an agreement
 * with no objective (src/plans/model.ts), saved through the same drafts as the objectives' views.
 */
export function WholePlanViews(props: {
  planId: string;
  views: View[];
  participants: Participant[];
  onRecordView: (view: RecordedView) => void;
}) {
  const styles = useStyles();
  return (
    <section
      className={styles.panel}
      aria-labelledby="plan-views-heading"
      data-testid="whole-plan-views"
    >
      <h2 id="plan-views-heading" className={styles.heading}>
        Views on the whole plan
      </h2>
      <ViewsList views={props.views} participants={props.participants} />
      <RecordViewForm
        formKey={`view.plan.${props.planId}`}
        label="Record a view on the whole plan"
        participants={props.participants}
        onRecord={props.onRecordView}
      />
    </section>
  );
}
