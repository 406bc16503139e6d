import {
  Button,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  tokens,
} from '@fluentui/react-components';

export interface ConflictRow {
  label: string;
  theirs: string;
  mine: string;
}

const useStyles = makeStyles({
  grid: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(200px, 1fr))',
    gap: tokens.spacingHorizontalM,
    margin: `${tokens.spacingVerticalS} 0`,
  },
  version: {
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingHorizontalS,
  },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  dl: {
    margin: 0,
    '& dt': { fontWeight: tokens.fontWeightSemibold },
    '& dd': { margin: `0 0 ${tokens.spacingVerticalXS} 0`, whiteSpace: 'pre-wrap' },
  },
});

/** Both versions side by side after a 412, and the user's choice between them. */
export function ConflictPanel(props: {
  what: string;
  rows: ConflictRow[];
  theirsSavedAt?: string;
  onKeepMine: () => void;
  onUseTheirs: () => void;
}) {
  const styles = useStyles();
  const version = (title: string, pick: (r: ConflictRow) => string, testId: string) => (
    <div className={styles.version} data-testid={testId}>
      <h4>{title}</h4>
      <dl className={styles.dl}>
        {props.rows.map((r) => (
          <div key={r.label}>
            <dt>{r.label}</dt>
            <dd>{pick(r) || 'Nothing recorded'}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
  return (
    <MessageBar intent="warning" layout="multiline" role="alert" data-testid="conflict">
      <MessageBarBody>
        <MessageBarTitle>Someone else changed {props.what} while you were editing</MessageBarTitle>
        Your changes are kept on this device. Compare the two versions and choose which to keep.
        <div className={styles.grid}>
          {version(
            `Their version${props.theirsSavedAt ? ` (saved ${props.theirsSavedAt})` : ''}`,
            (r) => r.theirs,
            'conflict-theirs',
          )}
          {version('Your version (not saved)', (r) => r.mine, 'conflict-mine')}
        </div>
        <div className={styles.actions}>
          <Button appearance="primary" onClick={props.onKeepMine}>
            Keep my version
          </Button>
          <Button onClick={props.onUseTheirs}>Use their version</Button>
        </div>
      </MessageBarBody>
    </MessageBar>
  );
}
