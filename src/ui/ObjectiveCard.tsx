/**
 * One objective: its five letters (met / missing, in words as well as colour), what is missing
 * and why it matters, the suggested rewrite, and Go to / Apply / Ignore. Decides nothing: every
 * judgement shown comes from the core's verdict.
 */
import { memo, useId } from 'react';
import { Button, makeStyles, mergeClasses, Text, tokens } from '@fluentui/react-components';
import {
  CheckmarkCircle16Filled,
  DismissCircle16Filled,
  Info16Regular,
  Warning16Regular,
} from '@fluentui/react-icons';
import {
  applySuggestion,
  CRITERIA,
  CRITERION_LABEL,
  CRITERION_LETTER,
  type Finding,
  type ObjectiveVerdict,
} from '../smart';

const useStyles = makeStyles({
  // Drawn as Fluent's filled card, without its Card component: a card that is not itself
  // clickable needs only the look, and the component with its focus helpers cost the pane's
  // first load 18.8 KB gzipped (299.5 -> 280.7 KB).
  card: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    marginBottom: tokens.spacingVerticalM,
    scrollMarginTop: '8px',
    borderRadius: tokens.borderRadiusMedium,
    // Transparent but for high contrast, where it draws the card's edge.
    border: `${tokens.strokeWidthThin} solid ${tokens.colorTransparentStroke}`,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow4,
    color: tokens.colorNeutralForeground1,
  },
  active: { outline: `2px solid ${tokens.colorBrandStroke1}`, outlineOffset: '2px' },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  section: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  quote: {
    margin: `${tokens.spacingVerticalXS} 0`,
    paddingLeft: tokens.spacingHorizontalS,
    borderLeft: `3px solid ${tokens.colorNeutralStroke1}`,
    whiteSpace: 'pre-wrap',
  },
  letters: {
    display: 'flex',
    gap: tokens.spacingHorizontalXS,
    listStyle: 'none',
    padding: 0,
    margin: 0,
    flexWrap: 'wrap',
  },
  letter: {
    display: 'inline-flex',
    alignItems: 'center',
    gap: '2px',
    padding: `2px ${tokens.spacingHorizontalXS}`,
    borderRadius: tokens.borderRadiusMedium,
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    fontSize: tokens.fontSizeBase200,
  },
  met: { color: tokens.colorPaletteGreenForeground1 },
  missing: { color: tokens.colorPaletteRedForeground1 },
  findings: { listStyle: 'none', padding: 0, margin: `${tokens.spacingVerticalS} 0 0` },
  finding: { marginBottom: tokens.spacingVerticalS },
  why: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200, margin: '2px 0' },
  rewrite: { fontSize: tokens.fontSizeBase200, margin: '2px 0', whiteSpace: 'pre-wrap' },
  actions: {
    display: 'flex',
    gap: tokens.spacingHorizontalS,
    flexWrap: 'wrap',
    marginTop: tokens.spacingVerticalXS,
  },
});

export interface ObjectiveCardProps {
  verdict: ObjectiveVerdict;
  number: number;
  active: boolean;
  busy: boolean;
  onGoTo(verdict: ObjectiveVerdict): void;
  onApply(verdict: ObjectiveVerdict, finding: Finding): void;
  onIgnore(verdict: ObjectiveVerdict, finding: Finding): void;
}

function SeverityIcon({ finding }: { finding: Finding }) {
  if (finding.severity === 'error') return <DismissCircle16Filled aria-hidden />;
  if (finding.severity === 'warning') return <Warning16Regular aria-hidden />;
  return <Info16Regular aria-hidden />;
}

const SEVERITY_WORD: Record<Finding['severity'], string> = {
  error: 'Missing',
  warning: 'Worth a look',
  info: 'Tip',
};

function ObjectiveCardView({
  verdict,
  number,
  active,
  busy,
  onGoTo,
  onApply,
  onIgnore,
}: ObjectiveCardProps) {
  const styles = useStyles();
  const headingId = useId();
  const { objective } = verdict;
  return (
    <article
      id={`objective-${objective.id}`}
      data-objective={objective.id}
      data-active={active ? 'yes' : 'no'}
      className={mergeClasses(styles.card, active && styles.active)}
      aria-labelledby={headingId}
    >
      <div>
        <h3 id={headingId} className={styles.heading}>
          Objective {number}: {verdict.smart ? 'fully SMART' : `${verdict.met} of 5 met`}
        </h3>
        {objective.section ? (
          <Text className={styles.section}>Under “{objective.section}”</Text>
        ) : null}
        <p className={styles.quote}>{objective.text}</p>
        <ul className={styles.letters} aria-label="SMART letters">
          {CRITERIA.map((criterion) => {
            const met = verdict.criteria[criterion].met;
            return (
              <li
                key={criterion}
                className={mergeClasses(styles.letter, met ? styles.met : styles.missing)}
                data-letter={CRITERION_LETTER[criterion]}
                data-met={met ? 'yes' : 'no'}
                title={`${CRITERION_LABEL[criterion]}: ${met ? 'met' : 'missing'}`}
              >
                {met ? (
                  <CheckmarkCircle16Filled aria-hidden />
                ) : (
                  <DismissCircle16Filled aria-hidden />
                )}
                <span aria-hidden>{CRITERION_LETTER[criterion]}</span>
                <span className="visually-hidden">
                  {CRITERION_LABEL[criterion]}: {met ? 'met' : 'missing'}
                </span>
                <span aria-hidden>{met ? ' met' : ' missing'}</span>
              </li>
            );
          })}
        </ul>
        {verdict.findings.length > 0 ? (
          <ul className={styles.findings} aria-label="What to change">
            {verdict.findings.map((finding, i) => (
              <li
                key={`${finding.ruleId}-${i}`}
                className={styles.finding}
                data-rule={finding.ruleId}
              >
                <Text weight="semibold">
                  <SeverityIcon finding={finding} /> {SEVERITY_WORD[finding.severity]} (
                  {CRITERION_LABEL[finding.criterion]}):
                </Text>{' '}
                <Text>{finding.message}</Text>
                <p className={styles.why}>Why it matters: {finding.why}</p>
                {finding.suggestion ? (
                  <p className={styles.rewrite}>
                    Suggested rewrite: “{applySuggestion(objective.text, finding.suggestion)}”
                  </p>
                ) : null}
                <div className={styles.actions}>
                  {finding.suggestion?.safe ? (
                    <Button
                      size="small"
                      appearance="primary"
                      disabled={busy}
                      onClick={() => onApply(verdict, finding)}
                    >
                      Apply: {finding.suggestion.label}
                    </Button>
                  ) : null}
                  <Button
                    size="small"
                    disabled={busy}
                    onClick={() => onIgnore(verdict, finding)}
                    aria-label={`Ignore for this document: ${finding.message}`}
                  >
                    Ignore for this document
                  </Button>
                </div>
              </li>
            ))}
          </ul>
        ) : (
          <Text>Nothing to change: this objective meets all five.</Text>
        )}
        <div className={styles.actions}>
          <Button
            size="small"
            disabled={busy}
            onClick={() => onGoTo(verdict)}
            aria-label={`Go to objective ${number} in the document`}
          >
            Go to
          </Button>
        </div>
      </div>
    </article>
  );
}

export const ObjectiveCard = memo(ObjectiveCardView);
