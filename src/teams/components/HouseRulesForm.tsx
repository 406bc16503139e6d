import {
  mergeClasses,
  Checkbox,
  Field,
  Input,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Select,
  Text,
  tokens,
} from '@fluentui/react-components';
import { useMemo } from 'react';
import {
  FAMILY_TERMS_PATH,
  FIELD_HINT,
  problemsAt,
  readDraftDocument,
  REGION_OPTIONS,
  rulesByCriterion,
  SEVERITY_OPTIONS,
  STATUS_OPTIONS,
  statusesValue,
  timescaleFields,
  valueAt,
  withList,
  withStatus,
  withValueAt,
  type DraftDocument,
} from '../../house-rules/form-model';
import type { HouseRulesProblem } from '../../house-rules/load';
import { REGION_LABEL } from '../../plans/bank-holidays';
import { PLAN_STATUS_LABEL, PLAN_TYPE_LABEL } from '../../plans/model';
import { DEFAULT_SCHEDULE } from '../../plans/schedule';
import { CRITERION_LABEL, SEVERITY_LABEL, SEVERITY_MEANING } from '../../smart/types';
import { useFieldsetStyles } from './fieldset-styles';
import { FamilyTermsEditor } from './FamilyTermsEditor';
import { FieldProblems, sentence } from './FieldProblems';
import { HouseRuleCard } from './HouseRuleCard';
import { ListEditor, listActions, listProblems } from './ListEditor';
import { DriftInput, TimescaleInput } from './TimescaleFields';

const useStyles = makeStyles({
  root: { minWidth: 0 },
  section: { margin: `${tokens.spacingVerticalL} 0` },
  heading: { margin: `${tokens.spacingVerticalM} 0 ${tokens.spacingVerticalXS} 0` },
  subheading: {
    margin: `${tokens.spacingVerticalM} 0 ${tokens.spacingVerticalXS} 0`,
    fontSize: tokens.fontSizeBase300,
  },
  intro: { display: 'block', maxWidth: '48em' },
  // Cards side by side where there is room, one column on the side panel.
  cards: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(min(100%, 24em), 1fr))',
    gap: tokens.spacingVerticalS,
    alignItems: 'start',
  },
  field: { maxWidth: '40em', margin: `${tokens.spacingVerticalS} 0` },
  statuses: { margin: `${tokens.spacingVerticalS} 0`, maxWidth: '40em' },
  hint: { color: tokens.colorNeutralForeground2, display: 'block', clear: 'both' },
});

export interface HouseRulesFormProps {
  /** The draft, as JSON text: the one thing both this form and the JSON view edit. */
  text: string;
  /** The schema's problems with the draft, each shown beside the field it names. */
  problems: readonly HouseRulesProblem[];
  readOnly: boolean;
  onChange: (text: string) => void;
  /** How the draft is written back as text (the JSON view shows the same text). */
  format: (document: unknown) => string;
}

/**
 * The house rules as a form: each rule from the rule registry, the organisation's lists and its
 * own terms for families, the review timescales beside their statutory limits, and the
 * working-day calendar. Every hint is the rule's or the schema's own words; every problem is the
 * schema's.
 */
export function HouseRulesForm(props: HouseRulesFormProps) {
  const styles = useStyles();
  const box = useFieldsetStyles();
  const read = useMemo(() => readDraftDocument(props.text), [props.text]);
  if (!read.ok)
    return (
      <MessageBar intent="warning" layout="multiline" data-testid="house-rules-form">
        <MessageBarBody>
          The form cannot show this draft: {read.reason}. Turn on “Advanced: edit as JSON” to fix it
          there; nothing has been lost.
        </MessageBarBody>
      </MessageBar>
    );

  const document = read.document;
  const { problems, readOnly } = props;
  const edit = (change: (doc: DraftDocument) => DraftDocument) =>
    props.onChange(props.format(change(document)));
  const shared = { document, problems, readOnly, edit };
  const nameProblems = problemsAt(problems, ['name']).map((p) => sentence(p.message));
  const nameValue = valueAt(document, ['name']);
  const topList = (key: 'services' | 'sections') => ({
    ...listActions(valueAt(document, [key]), (next) => edit((doc) => withList(doc, [key], next))),
    ...listProblems(problems, [key]),
  });
  const calendarList = (key: 'extraClosures' | 'extraBankHolidays') => {
    const path = ['timescales', key];
    return {
      ...listActions(valueAt(document, path), (next) => edit((doc) => withList(doc, path, next))),
      ...listProblems(problems, path),
    };
  };
  const region = valueAt(document, ['timescales', 'region']);
  const regionValue = typeof region === 'string' ? region : DEFAULT_SCHEDULE.calendar.region;
  const statuses = statusesValue(document);

  return (
    <div className={styles.root} data-testid="house-rules-form">
      <Field
        className={styles.field}
        label="Name"
        hint={FIELD_HINT.name}
        validationState={nameProblems.length > 0 ? 'error' : 'none'}
        validationMessage={nameProblems.length > 0 ? nameProblems.join(' ') : undefined}
      >
        <Input
          value={
            typeof nameValue === 'string'
              ? nameValue
              : nameValue === undefined
                ? ''
                : JSON.stringify(nameValue)
          }
          readOnly={readOnly}
          onChange={(_, d) =>
            edit((doc) => withValueAt(doc, ['name'], d.value === '' ? undefined : d.value))
          }
        />
      </Field>

      <section className={styles.section} aria-labelledby="house-rules-rules">
        <h3 id="house-rules-rules" className={styles.heading}>
          Rules
        </h3>
        <Text className={styles.intro}>
          Each rule checks one thing about an objective. Switch a rule off to stop it being checked,
          or choose how serious its findings are:{' '}
          {SEVERITY_OPTIONS.map((s) => `${SEVERITY_LABEL[s]}: ${SEVERITY_MEANING[s]}.`).join(' ')} A
          rule’s word lists add words for it to flag, or words that are fine in your plans.
        </Text>
        <FieldProblems
          problems={problemsAt(problems, ['rules'], { exact: true }).map((p) => p.message)}
        />
        {rulesByCriterion().map(({ criterion, rules }) => (
          <section key={criterion} aria-labelledby={`house-rules-${criterion}`}>
            <h4 id={`house-rules-${criterion}`} className={styles.subheading}>
              {CRITERION_LABEL[criterion]}
            </h4>
            <div className={styles.cards}>
              {rules.map((rule) => (
                <HouseRuleCard key={rule.id} rule={rule} {...shared} />
              ))}
            </div>
          </section>
        ))}
        <Text size={200} className={styles.hint}>
          To reword a rule’s messages, use “Advanced: edit as JSON”: add{' '}
          <code>{'"messages": {"rule id": "your wording"}'}</code>, using a rule id shown above.
        </Text>
      </section>

      <section className={styles.section} aria-labelledby="house-rules-lists">
        <h3 id="house-rules-lists" className={styles.heading}>
          Services and plan sections
        </h3>
        <ListEditor
          label="Local services and programmes"
          hint={FIELD_HINT.services}
          readOnly={readOnly}
          testId="services-list"
          {...topList('services')}
        />
        <ListEditor
          label="Required plan sections"
          hint={FIELD_HINT.sections}
          readOnly={readOnly}
          testId="sections-list"
          {...topList('sections')}
        />
      </section>

      <section className={styles.section} aria-labelledby="house-rules-family-terms">
        <h3 id="house-rules-family-terms" className={styles.heading}>
          Your own terms for families
        </h3>
        <FamilyTermsEditor
          label="Your own terms for families"
          hint={FIELD_HINT.familyTerms}
          readOnly={readOnly}
          testId="family-terms"
          value={valueAt(document, FAMILY_TERMS_PATH)}
          write={(next) => edit((doc) => withList(doc, FAMILY_TERMS_PATH, next))}
          {...listProblems(problems, FAMILY_TERMS_PATH)}
        />
      </section>

      <section className={styles.section} aria-labelledby="house-rules-timescales">
        <h3 id="house-rules-timescales" className={styles.heading}>
          Review timescales
        </h3>
        <Text className={styles.intro}>
          When each meeting is due, at the latest. You may set a shorter time than a statutory
          limit, never a longer one; where there is no statutory limit, any time you choose. Leave
          “How many” empty for the time that applies without a house rule.
        </Text>
        {timescaleFields(document).map(({ planType, fields, drift }) => (
          <section key={planType} aria-labelledby={`house-rules-type-${planType}`}>
            <h4 id={`house-rules-type-${planType}`} className={styles.subheading}>
              {PLAN_TYPE_LABEL[planType]}
            </h4>
            <div className={styles.cards}>
              {fields.map((field) => (
                <TimescaleInput key={field.path.join('.')} field={field} {...shared} />
              ))}
            </div>
            {drift && <DriftInput drift={drift} {...shared} />}
          </section>
        ))}
      </section>

      <section className={styles.section} aria-labelledby="house-rules-calendar">
        <h3 id="house-rules-calendar" className={styles.heading}>
          Working days and reminders
        </h3>
        <Field
          className={styles.field}
          label="Bank holidays"
          hint={FIELD_HINT.region}
          validationMessage={
            problemsAt(problems, ['timescales', 'region'])
              .map((p) => sentence(p.message))
              .join(' ') || undefined
          }
        >
          <Select
            value={regionValue}
            disabled={readOnly}
            onChange={(_, d) =>
              edit((doc) =>
                withValueAt(
                  doc,
                  ['timescales', 'region'],
                  d.value === DEFAULT_SCHEDULE.calendar.region ? undefined : d.value,
                ),
              )
            }
          >
            {[
              ...REGION_OPTIONS,
              ...(REGION_OPTIONS.some((r) => r === regionValue) ? [] : [regionValue]),
            ].map((r) => (
              <option key={r} value={r}>
                {r in REGION_LABEL ? REGION_LABEL[r as keyof typeof REGION_LABEL] : r}
              </option>
            ))}
          </Select>
        </Field>
        <ListEditor
          label="Office closure days"
          hint={FIELD_HINT.extraClosures}
          placeholder="YYYY-MM-DD"
          readOnly={readOnly}
          {...calendarList('extraClosures')}
        />
        <ListEditor
          label="Extra bank holidays"
          hint={FIELD_HINT.extraBankHolidays}
          placeholder="YYYY-MM-DD"
          readOnly={readOnly}
          {...calendarList('extraBankHolidays')}
        />
        <fieldset
          className={mergeClasses(box.box, styles.statuses)}
          aria-describedby="house-rules-statuses-hint"
        >
          <legend className={box.legend}>Plans that get review dates</legend>
          <Text size={200} id="house-rules-statuses-hint" className={styles.hint}>
            {FIELD_HINT.statuses}
          </Text>
          <FieldProblems
            problems={problemsAt(problems, ['timescales', 'statuses']).map((p) => p.message)}
          />
          {STATUS_OPTIONS.map((status) => (
            <Checkbox
              key={status}
              label={PLAN_STATUS_LABEL[status]}
              checked={statuses.includes(status)}
              disabled={readOnly}
              onChange={(_, d) => edit((doc) => withStatus(doc, status, d.checked === true))}
            />
          ))}
        </fieldset>
      </section>
    </div>
  );
}
