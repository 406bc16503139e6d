import { makeStyles, tokens } from '@fluentui/react-components';
import { BAND_LABEL, scoreBand, scoreSentence } from '../score';

const useStyles = makeStyles({
  badge: { display: 'inline-flex', alignItems: 'center', gap: tokens.spacingHorizontalXS },
  dot: { width: '10px', height: '10px', borderRadius: '50%', flexShrink: 0 },
  red: { backgroundColor: tokens.colorPaletteRedBackground3 },
  amber: { backgroundColor: tokens.colorPaletteMarigoldBackground3 },
  green: { backgroundColor: tokens.colorPaletteGreenBackground3 },
});

/** A stored plan score: the number, its band in words and colour, and the sentence explaining it. */
export function ScoreBadge({ score, at }: { score: number | undefined; at?: string }) {
  const styles = useStyles();
  if (score === undefined) return <span>Not scored yet</span>;
  const band = scoreBand(score);
  const sentence = scoreSentence(score, at);
  return (
    <span
      className={styles.badge}
      role="img"
      title={sentence}
      aria-label={sentence}
      data-testid="plan-score"
    >
      <span className={`${styles.dot} ${styles[band]}`} aria-hidden="true" />
      <span aria-hidden="true">
        {score} · {BAND_LABEL[band]}
      </span>
    </span>
  );
}
