import { Button, Field, Input, makeStyles, tokens } from '@fluentui/react-components';
import type { DueItem } from '../../plans/due';
import { formatUkDate } from '../../plans/iso-date';
import type { Plan } from '../../plans/model';
import { DEFAULT_SCHEDULE } from '../../plans/schedule';
import type { PlanDraft } from '../drafts';
import { ConflictPanel } from './ConflictPanel';
import { SaveStatus } from './SaveStatus';

const useStyles = makeStyles({
  grid: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(220px, 1fr))',
    gap: tokens.spacingHorizontalM,
    alignItems: 'start',
  },
  row: {
    display: 'flex',
    gap: tokens.spacingHorizontalS,
    alignItems: 'center',
    flexWrap: 'wrap',
    marginTop: tokens.spacingVerticalS,
  },
});

export interface DateField {
  field: 'nextCoreGroup' | 'nextReview';
  label: string;
  /** The deadline src/plans worked out for this meeting, when it could. */
  due?: DueItem;
}

/** Which meeting each plan date is for: core groups, and the plan type's review series. */
export function dateFields(plan: Plan, due: DueItem[]): DateField[] {
  const series = DEFAULT_SCHEDULE.planTypes[plan.type]?.series ?? [];
  const review = series.find((s) => s.kind !== 'core-group');
  const coreGroup = series.find((s) => s.kind === 'core-group');
  const fields: DateField[] = [];
  if (coreGroup || plan.nextCoreGroup)
    fields.push({
      field: 'nextCoreGroup',
      label: 'Next core group',
      due: due.find((d) => d.kind === 'core-group'),
    });
  fields.push({
    field: 'nextReview',
    label: review ? `Next ${review.label}` : 'Next review',
    due: review ? due.find((d) => d.kind === review.kind) : undefined,
  });
  return fields;
}

/** The value shown: the user's draft, else the stored date, else the deadline from the rules. */
export function shownDate(plan: Plan, draft: PlanDraft | undefined, f: DateField): string {
  return draft?.changes[f.field] ?? plan[f.field] ?? f.due?.dueDate ?? '';
}

export function DatesPanel(props: {
  plan: Plan;
  fields: DateField[];
  draft: PlanDraft | undefined;
  justSaved: boolean;
  onEdit: (changes: Partial<Pick<Plan, 'nextCoreGroup' | 'nextReview'>>) => void;
  onSave: () => void;
  onKeepMine: () => void;
  onUseTheirs: () => void;
}) {
  const styles = useStyles();
  const { plan, draft } = props;
  // Native date inputs show the browser's own format, so the British date is written out too.
  const hint = (f: DateField) => {
    const value = shownDate(plan, draft, f);
    const set = value ? `Set for ${formatUkDate(value)}. ` : '';
    if (!f.due?.dueDate) return `${set}${f.due ? f.due.title : ''}`.trim() || undefined;
    const prefilled =
      !plan[f.field] && !draft?.changes[f.field] ? 'Pre-filled from the rules. ' : '';
    return `${set}${prefilled}${f.due.title} is due by ${formatUkDate(f.due.dueDate)}${f.due.source ? ` (${f.due.source})` : ''}.`;
  };
  const show = (value: string | undefined) => (value ? formatUkDate(value) : '');
  return (
    <section aria-labelledby="dates-heading">
      <h2 id="dates-heading">Next meetings</h2>
      <div className={styles.grid}>
        {props.fields.map((f) => (
          <Field key={f.field} label={f.label} hint={hint(f)}>
            <Input
              type="date"
              value={shownDate(plan, draft, f)}
              onChange={(_, d) => props.onEdit({ [f.field]: d.value || undefined })}
            />
          </Field>
        ))}
      </div>
      <div className={styles.row}>
        <Button
          appearance="primary"
          disabled={draft?.state === 'conflict'}
          onClick={() => {
            // Saving what is shown makes a pre-filled date the plan's own.
            const changes: Partial<Pick<Plan, 'nextCoreGroup' | 'nextReview'>> = {};
            for (const f of props.fields) changes[f.field] = shownDate(plan, draft, f) || undefined;
            props.onEdit(changes);
            props.onSave();
          }}
        >
          Save dates
        </Button>
        <SaveStatus
          draft={draft?.state === 'conflict' ? undefined : draft}
          saved={props.justSaved}
          onRetry={props.onSave}
        />
      </div>
      {draft?.state === 'conflict' && (
        <ConflictPanel
          what="the plan's dates"
          rows={props.fields.map((f) => ({
            label: f.label,
            theirs: show(draft.theirs?.[f.field]),
            mine: show(draft.changes[f.field] ?? draft.base[f.field]),
          }))}
          onKeepMine={props.onKeepMine}
          onUseTheirs={props.onUseTheirs}
        />
      )}
    </section>
  );
}
