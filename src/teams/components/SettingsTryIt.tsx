import { Field, makeStyles, Textarea, tokens } from '@fluentui/react-components';
import { useDeferredValue, useMemo } from 'react';
import { checkObjectiveText, type RuleSet } from '../../smart';
import { CRITERIA, CRITERION_LABEL, type Criterion } from '../../smart/types';
import { SmartLetters } from './SmartLetters';

const useStyles = makeStyles({
  grid: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(260px, 1fr))',
    gap: tokens.spacingHorizontalM,
    marginTop: tokens.spacingVerticalS,
  },
  verdict: {
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingHorizontalS,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  findings: { margin: `${tokens.spacingVerticalXS} 0 0 0`, paddingLeft: tokens.spacingHorizontalL },
  heading: { margin: `0 0 ${tokens.spacingVerticalXS} 0`, fontSize: tokens.fontSizeBase300 },
});

function Verdict({
  title,
  text,
  ruleSet,
  testId,
}: {
  title: string;
  text: string;
  ruleSet: RuleSet;
  testId: string;
}) {
  const styles = useStyles();
  const verdict = useMemo(() => checkObjectiveText(text, { ruleSet }), [text, ruleSet]);
  const smart = Object.fromEntries(CRITERIA.map((c) => [c, verdict.criteria[c].met])) as Record<
    Criterion,
    boolean
  >;
  return (
    <section className={styles.verdict} aria-label={title} data-testid={testId}>
      <h4 className={styles.heading}>{title}</h4>
      <SmartLetters smart={smart} />
      <p data-testid={`${testId}-summary`}>
        {verdict.smart
          ? 'SMART: all five met.'
          : `${verdict.met} of 5 met; not met: ${CRITERIA.filter((c) => !smart[c])
              .map((c) => CRITERION_LABEL[c])
              .join(', ')}.`}
      </p>
      {verdict.findings.length > 0 && (
        <ul className={styles.findings}>
          {verdict.findings.map((f, i) => (
            <li key={`${f.ruleId}-${i}`} data-rule={f.ruleId}>
              {CRITERION_LABEL[f.criterion]}: {f.message}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/**
 * "Try it": one sample objective checked with the draft rules beside the rules in force, so a
 * site owner sees what a change does before anyone else gets it. Nothing here is saved.
 */
export function SettingsTryIt({
  sample,
  onSample,
  draft,
  inForce,
}: {
  sample: string;
  onSample: (text: string) => void;
  /** The draft's rule set, or undefined while the draft has problems. */
  draft: RuleSet | undefined;
  inForce: RuleSet;
}) {
  const styles = useStyles();
  // Checking is quick, but typing in either box should never wait for it.
  const text = useDeferredValue(sample);
  return (
    <section aria-labelledby="try-it-heading">
      <h3 id="try-it-heading">Try it</h3>
      <Field
        label="A sample objective"
        hint="Checked with your draft rules and with the rules in use now. Nothing is saved."
      >
        <Textarea
          value={sample}
          onChange={(_, d) => onSample(d.value)}
          resize="vertical"
          data-testid="try-it-input"
        />
      </Field>
      {text.trim() && (
        <div className={styles.grid}>
          {draft ? (
            <Verdict title="With your draft" text={text} ruleSet={draft} testId="try-it-draft" />
          ) : (
            <p className={styles.verdict} data-testid="try-it-draft">
              Fix the problems in the draft to see its verdict.
            </p>
          )}
          <Verdict
            title="With the rules in use now"
            text={text}
            ruleSet={inForce}
            testId="try-it-current"
          />
        </div>
      )}
    </section>
  );
}
