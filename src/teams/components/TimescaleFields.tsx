import { Field, Input, makeStyles, Select, Text, tokens } from '@fluentui/react-components';
import { useId } from 'react';
import {
  DRIFT_GRACE_RANGE,
  FIELD_HINT,
  INTERVAL_UNITS,
  intervalInput,
  numberInput,
  problemsAt,
  timescaleLabel,
  withInterval,
  withNumber,
  type DraftDocument,
  type DriftField,
  type TimescaleField,
} from '../../house-rules/form-model';
import type { HouseRulesProblem } from '../../house-rules/load';
import { INTERVAL_UNIT_NAME } from '../../plans/schedule';
import { useFieldsetStyles } from './fieldset-styles';
import { sentence } from './FieldProblems';

const useStyles = makeStyles({
  count: { flex: '0 1 6em', minWidth: '5em' },
  // A text box is 20 characters wide unless told otherwise; a count needs a few.
  countBox: { width: '100%', minWidth: 0 },
  countInput: { width: '100%', minWidth: 0 },
  unit: { flex: '1 1 9em', minWidth: '8em', maxWidth: '12em' },
  // The statutory limit right under the two boxes it governs, before the rest of the hint.
  limit: { display: 'block', marginTop: tokens.spacingVerticalXS, overflowWrap: 'anywhere' },
  hint: { color: tokens.colorNeutralForeground2, marginTop: tokens.spacingVerticalXXS },
  drift: { maxWidth: '40em', marginTop: tokens.spacingVerticalS },
});

const plural = (unit: string) =>
  unit in INTERVAL_UNIT_NAME
    ? `${INTERVAL_UNIT_NAME[unit as keyof typeof INTERVAL_UNIT_NAME]}s`
    : unit;

/**
 * One timescale: how many and which unit, with the statutory limit beside it. Its problems are
 * the schema's (mergeSchedule refuses a looser-than-statutory time, naming the limit and source).
 */
export function TimescaleInput(props: {
  field: TimescaleField;
  document: DraftDocument;
  problems: readonly HouseRulesProblem[];
  readOnly: boolean;
  edit: (change: (document: DraftDocument) => DraftDocument) => void;
}) {
  const styles = useStyles();
  const box = useFieldsetStyles();
  const id = useId();
  const { field, edit } = props;
  const value = intervalInput(props.document, field);
  const problems = problemsAt(props.problems, field.path).map((p) => sentence(p.message));
  const label = timescaleLabel(field);
  // A unit the schema refuses is still shown, so it can be seen and changed.
  const units: string[] = INTERVAL_UNITS.includes(value.unit as (typeof INTERVAL_UNITS)[number])
    ? [...INTERVAL_UNITS]
    : [...INTERVAL_UNITS, value.unit];
  return (
    <fieldset
      className={box.box}
      aria-describedby={`${id}-limit ${id}-hint`}
      data-timescale={field.path.slice(2).join('.')}
    >
      <legend className={box.legend}>{label}</legend>
      <div className={box.row}>
        <Field
          label="How many"
          className={styles.count}
          validationState={problems.length > 0 ? 'error' : 'none'}
          validationMessage={problems.length > 0 ? problems.join(' ') : undefined}
        >
          <Input
            className={styles.countBox}
            input={{ className: styles.countInput, size: 4 }}
            inputMode="numeric"
            value={value.count}
            readOnly={props.readOnly}
            onChange={(_, d) =>
              edit((doc) => withInterval(doc, field, { ...value, count: d.value }))
            }
          />
        </Field>
        <Field label="Unit" className={styles.unit}>
          <Select
            value={value.unit}
            disabled={props.readOnly}
            onChange={(_, d) =>
              edit((doc) => withInterval(doc, field, { ...value, unit: d.value }))
            }
          >
            {units.map((u) => (
              <option key={u} value={u}>
                {plural(u)}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      <Text size={200} className={styles.limit} id={`${id}-limit`} data-testid="statutory-limit">
        {field.limit}
      </Text>
      <Text size={200} block className={styles.hint} id={`${id}-hint`}>
        {field.hint}
      </Text>
    </fieldset>
  );
}

/** The working days allowed to record progress after a meeting before a plan shows as drifting. */
export function DriftInput(props: {
  drift: DriftField;
  document: DraftDocument;
  problems: readonly HouseRulesProblem[];
  readOnly: boolean;
  edit: (change: (document: DraftDocument) => DraftDocument) => void;
}) {
  const styles = useStyles();
  const { drift, edit } = props;
  const problems = problemsAt(props.problems, drift.path).map((p) => sentence(p.message));
  return (
    <Field
      className={styles.drift}
      label={`Working days to record progress after each ${drift.after}`}
      hint={`${FIELD_HINT.driftGraceWorkingDays} From ${DRIFT_GRACE_RANGE.min} to ${DRIFT_GRACE_RANGE.max}; empty for the built-in ${drift.builtIn}.`}
      validationState={problems.length > 0 ? 'error' : 'none'}
      validationMessage={problems.length > 0 ? problems.join(' ') : undefined}
    >
      <Input
        inputMode="numeric"
        value={numberInput(props.document, drift.path)}
        readOnly={props.readOnly}
        onChange={(_, d) => edit((doc) => withNumber(doc, drift.path, d.value))}
      />
    </Field>
  );
}
