import { makeStyles, tokens } from '@fluentui/react-components';
import { CRITERIA, CRITERION_LABEL, CRITERION_LETTER, type Criterion } from '../../smart/types';

const useStyles = makeStyles({
  row: { display: 'inline-flex', gap: '4px', margin: 0, padding: 0, listStyleType: 'none' },
  letter: {
    display: 'inline-flex',
    alignItems: 'center',
    justifyContent: 'center',
    width: '24px',
    height: '24px',
    borderRadius: tokens.borderRadiusMedium,
    fontWeight: tokens.fontWeightSemibold,
    border: `1px solid ${tokens.colorNeutralStroke1}`,
  },
  met: {
    backgroundColor: tokens.colorPaletteGreenBackground3,
    color: tokens.colorNeutralForegroundOnBrand,
    border: `1px solid ${tokens.colorPaletteGreenBorder2}`,
  },
  unmet: { color: tokens.colorNeutralForeground2, textDecorationLine: 'line-through' },
});

/** The five letters, filled where the core judged the criterion met; each one says so in words. */
export function SmartLetters({ smart }: { smart: Record<Criterion, boolean> | undefined }) {
  const styles = useStyles();
  if (!smart) return <span>SMART not checked yet</span>;
  const met = CRITERIA.filter((c) => smart[c]).length;
  return (
    <ul className={styles.row} aria-label={`SMART: ${met} of 5 met`}>
      {CRITERIA.map((c) => (
        <li
          key={c}
          className={`${styles.letter} ${smart[c] ? styles.met : styles.unmet}`}
          title={`${CRITERION_LABEL[c]}: ${smart[c] ? 'met' : 'not met'}`}
          aria-label={`${CRITERION_LABEL[c]}: ${smart[c] ? 'met' : 'not met'}`}
        >
          {CRITERION_LETTER[c]}
        </li>
      ))}
    </ul>
  );
}
