/**
 * The plan as the family will read it: the reading age of each section, the child's own words,
 * and each professional term, long sentence or hidden actor, with the plain words to apply.
 */
import { Button, makeStyles, Text, tokens } from '@fluentui/react-components';
import type { PlanReport } from '../smart';
import type { FamilyFinding } from '../smart/family-read/read-for-family';
import { usePanelStyles } from './panel-styles';
import { ownWordsLine } from './strings';

const useStyles = makeStyles({
  actions: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalS,
    marginTop: tokens.spacingVerticalXS,
  },
  ages: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

/** Findings shown at once; a long plan's hundredth long sentence helps nobody. */
const SHOWN = 15;

export interface FamilyReadPanelProps {
  report: PlanReport;
  busy: boolean;
  onApply(finding: FamilyFinding): void;
  onGoTo(target: { paragraph: number; start: number; end: number }): void;
}

export function FamilyReadPanel({ report, busy, onApply, onGoTo }: FamilyReadPanelProps) {
  const styles = useStyles();
  const panel = usePanelStyles();
  const { findings, sections, childWords } = report.familyRead;
  return (
    <section aria-labelledby="family-heading" data-testid="family-read">
      <h2 id="family-heading" className={panel.h2}>
        Read as the family will
      </h2>
      {sections.length > 0 ? (
        <>
          <Text as="p" block>
            Reading age by section (most adults read at about 11 to 13):
          </Text>
          <ul className={styles.ages}>
            {sections.map((s, i) => (
              <li key={i}>
                <Text>
                  {s.title}: {s.readingAge}
                  {s.readingAge > 13 ? ' (hard for many parents)' : ''}
                </Text>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <Text as="p" block>
        {ownWordsLine(childWords.length, report.kind)}
      </Text>
      {findings.length === 0 ? (
        <Text as="p" block>
          No professional terms, over-long sentences or hidden actors found.
        </Text>
      ) : (
        <ul className={panel.list}>
          {findings.slice(0, SHOWN).map((f) => (
            <li
              key={`${f.kind}-${f.paragraph}-${f.start}`}
              className={panel.item}
              data-family={f.kind}
            >
              <Text>{f.message}</Text>
              <div className={styles.actions}>
                <Button size="small" disabled={busy} onClick={() => onGoTo(f)}>
                  Go to
                </Button>
                {f.suggestion ? (
                  <Button
                    size="small"
                    appearance="primary"
                    disabled={busy}
                    onClick={() => onApply(f)}
                  >
                    {f.suggestion.label}
                  </Button>
                ) : null}
              </div>
            </li>
          ))}
        </ul>
      )}
      {findings.length > SHOWN ? (
        <Text as="p" block>
          And {findings.length - SHOWN} more: fix these first, then check again.
        </Text>
      ) : null}
    </section>
  );
}
