import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Field,
  makeStyles,
  Select,
  Switch,
  Text,
  tokens,
} from '@fluentui/react-components';
import {
  FIELD_HINT,
  problemsAt,
  ruleLists,
  rulePath,
  ruleValue,
  SEVERITY_OPTIONS,
  valueAt,
  withRule,
  type DraftDocument,
  type RuleList,
} from '../../house-rules/form-model';
import type { HouseRulesProblem } from '../../house-rules/load';
import type { Rule } from '../../smart/rule';
import { SEVERITY_LABEL, type Severity } from '../../smart/types';
import { useFieldsetStyles } from './fieldset-styles';
import { FieldProblems } from './FieldProblems';
import { ListEditor, listActions, listProblems } from './ListEditor';

const useStyles = makeStyles({
  meta: { clear: 'both', color: tokens.colorNeutralForeground2, overflowWrap: 'anywhere' },
  controls: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'flex-end',
    columnGap: tokens.spacingHorizontalXL,
    rowGap: tokens.spacingVerticalS,
    marginTop: tokens.spacingVerticalS,
  },
  severity: { flex: '1 1 10em', minWidth: 0, maxWidth: '20em' },
  lists: { marginTop: tokens.spacingVerticalXS },
  panel: { margin: 0 },
});

const LIST_LABEL: Record<RuleList, string> = {
  words: 'Extra words to flag',
  allow: 'Words that are fine',
};

function listSummary(counts: Record<RuleList, number>, lists: RuleList[]): string {
  const parts = lists.map((l) =>
    l === 'words' ? `${counts.words} to flag` : `${counts.allow} allowed`,
  );
  return `Word lists (${parts.join(', ')})`;
}

/**
 * One rule, as the rule describes itself: on or off, how serious, and its word lists (behind a
 * disclosure, open when it has words or a problem, so sixteen rules stay a page you can scan).
 */
export function HouseRuleCard(props: {
  rule: Rule;
  document: DraftDocument;
  problems: readonly HouseRulesProblem[];
  readOnly: boolean;
  edit: (change: (document: DraftDocument) => DraftDocument) => void;
}) {
  const styles = useStyles();
  const box = useFieldsetStyles();
  const { rule, document, edit, readOnly } = props;
  const value = ruleValue(document, rule);
  const path = rulePath(rule);
  const own = problemsAt(props.problems, path);
  const lists = ruleLists(rule, value);
  const listPaths = lists.map((l) => [...path, l].join('.'));
  // Problems with the setting itself ("of" for "off"), not with one of its lists.
  const settingProblems = own
    .filter((p) => !listPaths.some((l) => p.path === l || p.path.startsWith(`${l}.`)))
    .map((p) => p.message);
  const hasListContent =
    lists.some((l) => value[l].length > 0) || own.length > settingProblems.length;
  const idBase = `rule-${rule.id.replace(/\W/g, '-')}`;

  return (
    <fieldset className={box.box} data-rule-card={rule.id} aria-describedby={`${idBase}-why`}>
      <legend className={box.legend}>{rule.description}</legend>
      <Text size={200} block className={styles.meta} id={`${idBase}-why`}>
        {rule.why}
      </Text>
      <Text size={200} block className={styles.meta}>
        Rule <code>{rule.id}</code>
      </Text>
      <FieldProblems problems={settingProblems} />
      <div className={styles.controls}>
        <Switch
          label="Use this rule"
          checked={value.enabled}
          disabled={readOnly}
          onChange={(_, d) => edit((doc) => withRule(doc, rule, { enabled: d.checked }))}
        />
        <Field
          label="How serious"
          className={styles.severity}
          hint={value.enabled ? undefined : 'Switch the rule on to choose.'}
        >
          <Select
            value={value.severity}
            disabled={readOnly || !value.enabled}
            onChange={(_, d) =>
              edit((doc) => withRule(doc, rule, { severity: d.value as Severity }))
            }
          >
            {SEVERITY_OPTIONS.map((s) => (
              <option key={s} value={s}>
                {SEVERITY_LABEL[s]}
                {s === rule.severity ? ' (built in)' : ''}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      <Accordion
        collapsible
        className={styles.lists}
        defaultOpenItems={hasListContent ? ['lists'] : []}
      >
        <AccordionItem value="lists">
          <AccordionHeader size="small">
            {listSummary({ words: value.words.length, allow: value.allow.length }, lists)}
          </AccordionHeader>
          <AccordionPanel className={styles.panel}>
            {lists.map((list) => {
              const raw = valueAt(document, [...path, list]);
              return (
                <ListEditor
                  key={list}
                  label={LIST_LABEL[list]}
                  hint={FIELD_HINT[list]}
                  readOnly={readOnly}
                  testId={`rule-list-${list}`}
                  {...listActions(raw, (next) =>
                    edit((doc) => withRule(doc, rule, { [list]: next })),
                  )}
                  {...listProblems(props.problems, [...path, list])}
                />
              );
            })}
          </AccordionPanel>
        </AccordionItem>
      </Accordion>
    </fieldset>
  );
}
