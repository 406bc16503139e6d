import { useState } from 'react';
import {
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { pastDates, planDateAdvice, type DueItem } from '../../plans/due';
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

type DateChanges = Partial<Pick<Plan, 'nextCoreGroup' | 'nextReview'>>;

/**
 * The value shown: the user's draft, else the plan's own date (past ones too: they show as
 * overdue), else the rules' next deadline only when it is today or later (src/plans decides).
 */
export function shownDate(
  plan: Plan,
  draft: PlanDraft | undefined,
  f: DateField,
  today: string,
): string {
  const typed = draft?.changes[f.field];
  if (draft && f.field in draft.changes) return typed ?? '';
  return planDateAdvice((draft?.base ?? plan)[f.field], f.due, today).value;
}

export function DatesPanel(props: {
  plan: Plan;
  /** Today where the user is, YYYY-MM-DD. */
  today: string;
  fields: DateField[];
  draft: PlanDraft | undefined;
  justSaved: boolean;
  onEdit: (changes: Partial<Pick<Plan, 'nextCoreGroup' | 'nextReview'>>) => void;
  onSave: () => void;
  onKeepMine: () => void;
  onUseTheirs: () => void;
}) {
  const styles = useStyles();
  const { plan, draft, today } = props;
  // `plan` carries the draft on top; what is stored is the draft's base.
  const stored = draft?.base ?? plan;
  // Past dates waiting for the user to confirm them before they are saved.
  const [confirming, setConfirming] = useState<DateChanges | undefined>();
  const advice = (f: DateField) => planDateAdvice(stored[f.field], f.due, today);
  // Native date inputs show the browser's own format, so the British date is written out too.
  const hint = (f: DateField) => {
    const value = shownDate(plan, draft, f, today);
    const edited = !!draft && f.field in draft.changes;
    const a = advice(f);
    const set = value ? `Set for ${formatUkDate(value)}. ` : '';
    const rule = f.due?.dueDate
      ? ` ${f.due.title} ${f.due.dueDate < today ? 'was' : 'is'} due by ${formatUkDate(f.due.dueDate)}${f.due.source ? ` (${f.due.source})` : ''}.`
      : f.due
        ? ` ${f.due.title}.`
        : '';
    if (!edited && a.state === 'suggested')
      return `${set}Pre-filled with the next date due from today under the rules.${rule}`.trim();
    if (!edited && a.state === 'overdue') return undefined;
    return `${set}${rule}`.trim() || undefined;
  };
  const overdue = (f: DateField) => {
    const edited = !!draft && f.field in draft.changes;
    const a = advice(f);
    if (edited || a.state !== 'overdue' || !a.overdueSince) return {};
    const what = a.value
      ? `the plan's date for this meeting has passed.`
      : `${f.due?.title ?? 'this meeting'} was due then and is not recorded as held.`;
    return {
      validationState: 'error' as const,
      validationMessage: `Overdue since ${formatUkDate(a.overdueSince)}: ${what} Enter the date the next one is booked for.`,
    };
  };
  const show = (value: string | undefined) => (value ? formatUkDate(value) : '');
  const save = (changes: DateChanges) => {
    setConfirming(undefined);
    props.onEdit(changes);
    props.onSave();
  };
  return (
    <section aria-labelledby="dates-heading">
      <h2 id="dates-heading">Next meetings</h2>
      <div className={styles.grid}>
        {props.fields.map((f) => (
          <Field
            key={f.field}
            label={f.label}
            hint={hint(f)}
            {...overdue(f)}
            data-testid={`date-${f.field}`}
            data-state={draft && f.field in draft.changes ? 'edited' : advice(f).state}
          >
            <Input
              type="date"
              value={shownDate(plan, draft, f, today)}
              onChange={(_, d) => {
                setConfirming(undefined);
                props.onEdit({ [f.field]: d.value || undefined });
              }}
            />
          </Field>
        ))}
      </div>
      {confirming ? (
        <MessageBar intent="warning" role="alert" data-testid="past-date-confirm">
          <MessageBarBody>
            <MessageBarTitle>{`${pastDates(confirming, stored, today).length === 1 ? 'This date has' : 'These dates have'} already passed`}</MessageBarTitle>
            {pastDates(confirming, stored, today)
              .map((f) => {
                const label = props.fields.find((x) => x.field === f)?.label ?? f;
                return `${label}: ${show(confirming[f])}`;
              })
              .join('; ')}
            . A meeting is booked for today or later: change the date, or save it only if it is the
            date a meeting was really set for (it will show as overdue).
            <div className={styles.row}>
              <Button appearance="primary" onClick={() => setConfirming(undefined)}>
                Change the date
              </Button>
              <Button onClick={() => save(confirming)}>Save the past date</Button>
            </div>
          </MessageBarBody>
        </MessageBar>
      ) : null}
      <div className={styles.row}>
        <Button
          appearance="primary"
          disabled={draft?.state === 'conflict'}
          onClick={() => {
            // Saving what is shown makes a pre-filled date the plan's own.
            const changes: DateChanges = {};
            for (const f of props.fields)
              changes[f.field] = shownDate(plan, draft, f, today) || undefined;
            if (pastDates(changes, stored, today).length > 0) {
              setConfirming(changes);
              return;
            }
            save(changes);
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
