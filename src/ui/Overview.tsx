/** The overall picture and the plan checklist, straight from the core's PlanReport. */
import { makeStyles, Text, tokens } from '@fluentui/react-components';
import { CheckmarkCircle16Filled, DismissCircle16Filled } from '@fluentui/react-icons';
import { CRITERION_LABEL, type PlanReport } from '../smart';
import { plural } from './strings';

const useStyles = makeStyles({
  stats: {
    display: 'grid',
    // Wide enough for "Measurable" in any font the browser falls back to; a longer word wraps
    // inside its box rather than printing over the next one.
    gridTemplateColumns: 'repeat(auto-fit, minmax(130px, 1fr))',
    gap: tokens.spacingHorizontalS,
    margin: 0,
  },
  stat: {
    padding: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  term: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  value: {
    margin: 0,
    fontSize: tokens.fontSizeBase400,
    fontWeight: tokens.fontWeightSemibold,
    overflowWrap: 'break-word',
  },
  h2: {
    fontSize: tokens.fontSizeBase400,
    margin: `${tokens.spacingVerticalM} 0 ${tokens.spacingVerticalS}`,
  },
  list: { listStyle: 'none', padding: 0, margin: 0 },
  item: {
    display: 'flex',
    gap: tokens.spacingHorizontalXS,
    alignItems: 'flex-start',
    marginBottom: tokens.spacingVerticalXS,
  },
  met: { color: tokens.colorPaletteGreenForeground1, flexShrink: 0, marginTop: '2px' },
  missing: { color: tokens.colorPaletteRedForeground1, flexShrink: 0, marginTop: '2px' },
  explanation: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
});

const BAND_WORD: Record<PlanReport['score']['band'], string> = {
  red: 'needs work',
  amber: 'getting there',
  green: 'good',
};

export function Overview({ report }: { report: PlanReport }) {
  const styles = useStyles();
  const { summary, score } = report;
  return (
    <section aria-labelledby="overview-heading">
      <h2 id="overview-heading" className={styles.h2}>
        Overall picture
      </h2>
      <dl className={styles.stats}>
        <div className={styles.stat}>
          <dt className={styles.term}>Objectives found</dt>
          <dd className={styles.value} data-testid="objective-count">
            {summary.objectives}
          </dd>
        </div>
        <div className={styles.stat}>
          <dt className={styles.term}>Fully SMART</dt>
          <dd className={styles.value} data-testid="smart-count">
            {summary.smart} of {summary.objectives}
          </dd>
        </div>
        <div className={styles.stat}>
          <dt className={styles.term}>Commonest gap</dt>
          <dd className={styles.value}>
            {summary.commonestGap ? CRITERION_LABEL[summary.commonestGap] : 'None'}
          </dd>
        </div>
        <div className={styles.stat}>
          <dt className={styles.term}>Plan score</dt>
          <dd className={styles.value} data-testid="plan-score">
            {score.value}/100 ({BAND_WORD[score.band]})
          </dd>
        </div>
      </dl>
      <Text as="p" block className={styles.explanation}>
        {score.explanation}
      </Text>
    </section>
  );
}

export function Checklist({ report }: { report: PlanReport }) {
  const styles = useStyles();
  const found = report.checks.filter((c) => c.met).length;
  return (
    <section aria-labelledby="checklist-heading">
      <h2 id="checklist-heading" className={styles.h2}>
        Plan checklist ({found} of {plural(report.checks.length, 'item', 'items')} found)
      </h2>
      <ul className={styles.list}>
        {report.checks.map((check) => (
          <li
            key={check.id}
            className={styles.item}
            data-check={check.id}
            data-met={check.met ? 'yes' : 'no'}
          >
            {check.met ? (
              <CheckmarkCircle16Filled className={styles.met} aria-hidden />
            ) : (
              <DismissCircle16Filled className={styles.missing} aria-hidden />
            )}
            <span>
              <Text weight="semibold">
                {check.label}: {check.met ? 'found' : 'not found'}.
              </Text>{' '}
              <Text>{check.message}</Text>
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
