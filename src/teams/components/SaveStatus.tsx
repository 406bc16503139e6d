import { Button, makeStyles, Text, tokens } from '@fluentui/react-components';
import type { Draft } from '../drafts';

const useStyles = makeStyles({
  warn: { color: tokens.colorPaletteDarkOrangeForeground1 },
  error: { color: tokens.colorPaletteRedForeground1 },
  ok: { color: tokens.colorPaletteGreenForeground1 },
});

/** One line saying where a change is: typed, waiting, saved, or refused (and what to do). */
export function SaveStatus({
  draft,
  saved,
  onRetry,
}: {
  draft?: Draft;
  saved: boolean;
  onRetry: () => void;
}) {
  const styles = useStyles();
  let content: React.ReactNode = saved ? (
    <Text className={styles.ok}>Saved to the plan.</Text>
  ) : null;
  if (draft?.state === 'editing')
    content = (
      <Text className={styles.warn}>Not saved yet: your changes are kept on this device.</Text>
    );
  if (draft?.state === 'queued')
    content = <Text className={styles.warn}>{draft.error ?? 'Saving…'}</Text>;
  if (draft?.state === 'failed')
    content = (
      <>
        <Text className={styles.error}>{draft.error}</Text>{' '}
        <Button size="small" onClick={onRetry}>
          Try again
        </Button>
      </>
    );
  return (
    <div role="status" aria-live="polite" data-testid="save-status">
      {content}
    </div>
  );
}
