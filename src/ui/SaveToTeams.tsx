/**
 * "Save to Teams" in the task pane: a button beside Check plan, and a short form below it that
 * is pre-filled from the document. Labelled fields, messages under the field they are about,
 * progress while saving, and afterwards exactly what was and was not saved, with Try again.
 */
import { useCallback, useEffect, useRef, useSyncExternalStore } from 'react';
import {
  Button,
  Field,
  Input,
  Link,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  Select,
  Text,
  tokens,
} from '@fluentui/react-components';
import { CloudArrowUp16Regular } from '@fluentui/react-icons';
import { formatUkDate } from '../plans/iso-date';
import { PLAN_TYPE_LABEL, PLAN_TYPES, type PlanType } from '../plans/model';
import { CRITERIA, CRITERION_LABEL, CRITERION_LETTER, type ObjectiveVerdict } from '../smart';
import { startDateLabel, type FormField } from '../pane/save-plan';
import type { PlanChecker } from './checker';
import type { SaveController } from './save-controller';

const useStyles = makeStyles({
  section: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  h2: { fontSize: tokens.fontSizeBase400, margin: 0 },
  fieldset: {
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    margin: 0,
    padding: tokens.spacingHorizontalS,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
  },
  legend: { fontWeight: tokens.fontWeightSemibold, padding: `0 ${tokens.spacingHorizontalXS}` },
  objectiveText: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  letters: { fontSize: tokens.fontSizeBase200, fontFamily: tokens.fontFamilyMonospace },
  row: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap', alignItems: 'center' },
  list: { margin: `${tokens.spacingVerticalXS} 0`, paddingLeft: tokens.spacingHorizontalL },
});

function letters(v: ObjectiveVerdict): { text: string; label: string } {
  const met = CRITERIA.filter((c) => v.criteria[c].met);
  return {
    text: CRITERIA.map((c) => (v.criteria[c].met ? CRITERION_LETTER[c] : '·')).join(' '),
    label: `SMART: ${met.length} of 5 met${met.length ? ` (${met.map((c) => CRITERION_LABEL[c]).join(', ')})` : ''}`,
  };
}

function short(text: string): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length > 90 ? `${t.slice(0, 87)}…` : t;
}

function useSaveState(controller: SaveController) {
  return useSyncExternalStore(controller.subscribe, controller.getState);
}

/** The header button: opens the form (or brings it back into view). */
export function SaveToTeamsButton({ controller }: { controller: SaveController }) {
  const state = useSaveState(controller);
  return (
    <Button
      icon={<CloudArrowUp16Regular />}
      onClick={() => void controller.open()}
      disabled={state.saving}
      aria-expanded={state.open}
      aria-controls="save-to-teams"
    >
      Save to Teams
    </Button>
  );
}

export function SaveToTeamsPanel({
  controller,
  checker,
}: {
  controller: SaveController;
  checker: PlanChecker;
}) {
  const styles = useStyles();
  const state = useSaveState(controller);
  const checked = useSyncExternalStore(
    useCallback((listener: () => void) => checker.subscribe(listener), [checker]),
    () => checker.getState(),
  );
  const headingRef = useRef<HTMLHeadingElement>(null);
  const sectionRef = useRef<HTMLElement>(null);
  const choiceRef = useRef<HTMLButtonElement>(null);

  // Opening moves focus to the form; a Save with problems moves it to the first one.
  useEffect(() => {
    if (!state.focusSeq) return;
    const section = sectionRef.current;
    if (!section) return;
    if (state.outcome?.state === 'ask' && choiceRef.current) {
      // Which plan to save to is the next thing to answer: the safe choice takes focus.
      choiceRef.current.focus();
      choiceRef.current.scrollIntoView({ block: 'nearest' });
      return;
    }
    const invalid = state.tried
      ? section.querySelector<HTMLElement>('[aria-invalid="true"]')
      : null;
    (invalid ?? headingRef.current)?.focus();
    (invalid ?? section).scrollIntoView({ block: 'nearest' });
  }, [state.focusSeq, state.tried, state.outcome]);

  const savedLink =
    state.link && (!state.outcome || state.outcome.state === 'saved') ? (
      <Text as="p" block data-testid="saved-link">
        <Link href={state.link} target="_blank" rel="noreferrer">
          Saved: open in Teams
        </Link>
      </Text>
    ) : null;

  if (!state.open) return savedLink;

  const { form, problems } = state;
  const show = (field: FormField) => {
    const error = state.tried ? problems.errors[field] : undefined;
    const warning = problems.warnings[field];
    return error
      ? { validationState: 'error' as const, validationMessage: error }
      : warning && state.tried
        ? { validationState: 'warning' as const, validationMessage: warning }
        : {};
  };
  const dateHint = (value: string) =>
    value && /^\d{4}-\d{2}-\d{2}$/.test(value) ? `Set for ${formatUkDate(value)}.` : undefined;
  const errorCount = Object.keys(problems.errors).length;
  const outcome = state.outcome;
  const verdicts = checked.report?.objectives ?? [];

  return (
    <section
      id="save-to-teams"
      ref={sectionRef}
      className={styles.section}
      aria-labelledby="save-heading"
      aria-busy={state.saving}
    >
      <h2 id="save-heading" ref={headingRef} tabIndex={-1} className={styles.h2}>
        Save to Teams
      </h2>
      {state.error ? (
        <MessageBar intent="info">
          <MessageBarBody>{state.error}</MessageBarBody>
        </MessageBar>
      ) : null}
      {form ? (
        <form
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void controller.save();
          }}
          className={styles.section}
          style={{ border: 0, padding: 0 }}
        >
          <Text size={200}>
            Check what the document says and fill in what it does not. The plan and its{' '}
            {verdicts.length} objectives go to Teams with the plan score, how many of its worries no
            objective answers, and each objective’s SMART letters.
          </Text>
          <Field label="Child’s name or reference" required {...show('childRef')}>
            <Input
              value={form.childRef}
              onChange={(_, d) => controller.edit({ childRef: d.value })}
            />
          </Field>
          <Field label="Plan type" required {...show('type')}>
            <Select
              value={form.type}
              onChange={(_, d) => controller.edit({ type: d.value as PlanType | '' })}
            >
              <option value="">Choose…</option>
              {PLAN_TYPES.map((t) => (
                <option key={t} value={t}>
                  {PLAN_TYPE_LABEL[t]}
                </option>
              ))}
            </Select>
          </Field>
          <Field label="Lead professional" required {...show('leadName')}>
            <Input
              value={form.leadName}
              onChange={(_, d) => controller.edit({ leadName: d.value })}
            />
          </Field>
          <Field label="Lead professional’s email (optional)" {...show('leadEmail')}>
            <Input
              type="email"
              value={form.leadEmail}
              onChange={(_, d) => controller.edit({ leadEmail: d.value })}
            />
          </Field>
          <Field label="Supervisor" required {...show('supervisorName')}>
            <Input
              value={form.supervisorName}
              onChange={(_, d) => controller.edit({ supervisorName: d.value })}
            />
          </Field>
          <Field
            label="Supervisor’s email"
            required
            hint="Review reminders go to this address."
            {...show('supervisorEmail')}
          >
            <Input
              type="email"
              value={form.supervisorEmail}
              onChange={(_, d) => controller.edit({ supervisorEmail: d.value })}
            />
          </Field>
          <Field
            label={startDateLabel(form.type)}
            required
            hint={dateHint(form.startDate)}
            {...show('startDate')}
          >
            <Input
              type="date"
              value={form.startDate}
              onChange={(_, d) => controller.edit({ startDate: d.value })}
            />
          </Field>
          {(['nextCoreGroup', 'nextReview'] as const).map((field) => (
            <Field
              key={field}
              label={field === 'nextCoreGroup' ? 'Next core group' : 'Next review'}
              hint={
                dateHint(form[field] ?? '') ??
                'Leave empty if the plan sets none: the Teams tab works out when it is due.'
              }
              {...show(field)}
            >
              <Input
                type="date"
                value={form[field] ?? ''}
                onChange={(_, d) => controller.edit({ [field]: d.value })}
              />
            </Field>
          ))}

          {verdicts.map((v, i) => {
            const id = v.objective.id;
            const entry = form.objectives[id] ?? { ownerName: '', ownerEmail: '', dueDate: '' };
            const smart = letters(v);
            return (
              <fieldset key={id} className={styles.fieldset} data-save-objective={id}>
                <legend className={styles.legend}>Objective {i + 1}</legend>
                <Text className={styles.objectiveText}>{short(v.objective.text)}</Text>
                <Text className={styles.letters} aria-label={smart.label} role="img">
                  {smart.text}
                </Text>
                <Field label={`Owner of objective ${i + 1}`} required {...show(`owner:${id}`)}>
                  <Input
                    value={entry.ownerName}
                    onChange={(_, d) => controller.editObjective(id, { ownerName: d.value })}
                  />
                </Field>
                <Field
                  label={`Owner’s email, objective ${i + 1} (optional)`}
                  {...show(`ownerEmail:${id}`)}
                >
                  <Input
                    type="email"
                    value={entry.ownerEmail}
                    onChange={(_, d) => controller.editObjective(id, { ownerEmail: d.value })}
                  />
                </Field>
                <Field
                  label={`Due date of objective ${i + 1}`}
                  hint={dateHint(entry.dueDate)}
                  {...show(`due:${id}`)}
                >
                  <Input
                    type="date"
                    value={entry.dueDate}
                    onChange={(_, d) => controller.editObjective(id, { dueDate: d.value })}
                  />
                </Field>
              </fieldset>
            );
          })}

          {state.tried && errorCount > 0 ? (
            <MessageBar intent="error" role="alert">
              <MessageBarBody>
                Nothing was saved: {errorCount} {errorCount === 1 ? 'answer needs' : 'answers need'}{' '}
                putting right (marked above).
              </MessageBarBody>
            </MessageBar>
          ) : null}

          {state.saving && state.progress ? (
            <div role="status" aria-live="polite">
              <ProgressBar
                value={(state.progress.step + 1) / (state.progress.total + 1)}
                aria-label={`Saving to Teams: ${state.progress.stage}`}
              />
              <Text size={200}>{state.progress.stage}…</Text>
            </div>
          ) : null}

          {outcome?.state === 'ask' && outcome.question ? (
            <MessageBar intent="warning" role="alert" data-testid="save-question">
              <MessageBarBody>
                <MessageBarTitle id="save-question-title">
                  {outcome.question.reason === 'child'
                    ? `This document is linked to ${outcome.question.storedChild}'s plan`
                    : `${outcome.question.storedChild}'s plan was saved from another document`}
                </MessageBarTitle>
                <Text as="p" block data-testid="save-message">
                  {outcome.message}
                </Text>
                <div role="group" aria-labelledby="save-question-title" className={styles.row}>
                  <Button
                    ref={choiceRef}
                    appearance="primary"
                    disabled={state.saving}
                    onClick={() => void controller.choose('new')}
                  >
                    {`Save as a new plan for ${outcome.question.newChild}`}
                  </Button>
                  <Button disabled={state.saving} onClick={() => void controller.choose('update')}>
                    {`Update ${outcome.question.storedChild}'s plan`}
                  </Button>
                </div>
                {outcome.question.reason === 'child' ? (
                  <Text as="p" block size={200}>
                    {`Updating renames ${outcome.question.storedChild}'s plan to ${outcome.question.newChild}: choose it only to correct the child's name or reference.`}
                  </Text>
                ) : null}
              </MessageBarBody>
            </MessageBar>
          ) : outcome ? (
            <MessageBar
              intent={
                outcome.state === 'saved'
                  ? 'success'
                  : outcome.state === 'partial'
                    ? 'warning'
                    : 'error'
              }
              role={outcome.state === 'saved' ? 'status' : 'alert'}
              data-testid="save-outcome"
            >
              <MessageBarBody>
                <MessageBarTitle>
                  {outcome.state === 'saved'
                    ? 'Saved to Teams'
                    : outcome.state === 'partial'
                      ? 'Saved in part'
                      : 'Not saved'}
                </MessageBarTitle>
                {outcome.state === 'saved' && state.link ? (
                  <Link href={state.link} target="_blank" rel="noreferrer">
                    Saved: open in Teams
                  </Link>
                ) : (
                  <span data-testid="save-message">{outcome.message}</span>
                )}
                {outcome.warning ? (
                  <Text as="p" block>
                    {outcome.warning}
                  </Text>
                ) : null}
                {outcome.state !== 'saved' && outcome.saved.length > 0 ? (
                  <div data-testid="saved-items">
                    <strong>Saved:</strong> {outcome.saved.join(', ')}.
                  </div>
                ) : null}
                {outcome.notSaved.length > 0 ? (
                  <div data-testid="not-saved-items">
                    <strong>Not saved:</strong>
                    <ul className={styles.list}>
                      {outcome.notSaved.map((n) => (
                        <li key={n.item}>
                          {n.item}: {n.reason}
                        </li>
                      ))}
                    </ul>
                  </div>
                ) : null}
              </MessageBarBody>
            </MessageBar>
          ) : null}

          <div className={styles.row}>
            <Button
              appearance={outcome?.state === 'ask' ? 'secondary' : 'primary'}
              type="submit"
              disabled={state.saving || outcome?.state === 'ask'}
            >
              {outcome && outcome.state !== 'saved' && outcome.state !== 'ask'
                ? 'Try again'
                : 'Save to Teams'}
            </Button>
            <Button onClick={() => controller.close()} disabled={state.saving}>
              Close
            </Button>
          </div>
        </form>
      ) : null}
    </section>
  );
}

/** The two places the pane shows Save to Teams: beside Check plan, and below the toolbar. */
export function saveToTeamsSlots(controller: SaveController, checker: PlanChecker) {
  return {
    extraActions: <SaveToTeamsButton controller={controller} />,
    panel: <SaveToTeamsPanel controller={controller} checker={checker} />,
  };
}
