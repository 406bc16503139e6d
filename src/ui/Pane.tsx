/**
 * The task pane: the same React UI for Word and the playground. It renders the checker's state
 * and forwards the user's actions; it never touches the document or judges an objective itself.
 */
import { useCallback, useEffect, useRef, useSyncExternalStore } from 'react';
import {
  Button,
  makeStaticStyles,
  makeStyles,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  Switch,
  Text,
  tokens,
} from '@fluentui/react-components';
import { ArrowClockwise16Regular } from '@fluentui/react-icons';
import type { Finding, ObjectiveVerdict } from '../smart';
import type { PlanChecker } from './checker';
import { ObjectiveCard } from './ObjectiveCard';
import { FamilyReadPanel } from './FamilyReadPanel';
import { Checklist, Overview } from './Overview';
import { WorriesPanel } from './WorriesPanel';
import { MARK_KIND_TEXT } from './strings';

const useGlobalStyles = makeStaticStyles({
  '.visually-hidden': {
    position: 'absolute',
    width: '1px',
    height: '1px',
    padding: 0,
    margin: '-1px',
    overflow: 'hidden',
    clip: 'rect(0, 0, 0, 0)',
    whiteSpace: 'nowrap',
    border: 0,
  },
});

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    minHeight: '100%',
    boxSizing: 'border-box',
    backgroundColor: tokens.colorNeutralBackground2,
    color: tokens.colorNeutralForeground1,
  },
  header: {
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalS,
    flexWrap: 'wrap',
  },
  title: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
  ignored: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    minWidth: 0,
    overflowWrap: 'anywhere',
  },
  toolbar: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    flexWrap: 'wrap',
  },
  /** Room for actions added later (issue 7: "Save to Teams") beside Check plan. */
  actions: { display: 'flex', gap: tokens.spacingHorizontalS },
  h2: {
    fontSize: tokens.fontSizeBase400,
    margin: `${tokens.spacingVerticalM} 0 ${tokens.spacingVerticalS}`,
  },
  marks: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
});

export interface PaneProps {
  checker: PlanChecker;
  /** Shown beside "Check plan": the "Save to Teams" button. */
  extraActions?: React.ReactNode;
  /** Shown below the toolbar: the "Save to Teams" form and its outcome (issue 7). */
  panel?: React.ReactNode;
}

export function Pane({ checker, extraActions, panel }: PaneProps) {
  useGlobalStyles();
  const styles = useStyles();
  const state = useSyncExternalStore(
    useCallback((listener: () => void) => checker.subscribe(listener), [checker]),
    () => checker.getState(),
  );
  const listRef = useRef<HTMLDivElement>(null);

  // Selecting text in the document brings its card into view (without stealing focus).
  useEffect(() => {
    if (!state.activeObjectiveId) return;
    const card = listRef.current?.querySelector<HTMLElement>(
      `[data-objective="${CSS.escape(state.activeObjectiveId)}"]`,
    );
    card?.scrollIntoView({ block: 'start', behavior: 'smooth' });
  }, [state.activeObjectiveId, state.activeSeq]);

  const onGoTo = useCallback((v: ObjectiveVerdict) => void checker.goTo(v), [checker]);
  const onApply = useCallback(
    (v: ObjectiveVerdict, f: Finding) => void checker.apply(v, f),
    [checker],
  );
  const onIgnore = useCallback(
    (v: ObjectiveVerdict, f: Finding) => void checker.ignore(v, f),
    [checker],
  );

  const { report, progress } = state;
  const checking = state.status === 'checking' || state.status === 'starting';
  return (
    <main className={styles.root} aria-labelledby="pane-title" aria-busy={checking}>
      <header className={styles.header}>
        <h1 id="pane-title" className={styles.title}>
          SMART Plans
        </h1>
        <div className={styles.actions}>
          <Button
            appearance="primary"
            icon={<ArrowClockwise16Regular />}
            onClick={() => void checker.checkAll()}
            disabled={checking}
          >
            Check plan
          </Button>
          {extraActions}
        </div>
      </header>
      <div className={styles.toolbar}>
        <Switch
          checked={state.live}
          onChange={(_e, data) => void checker.setLive(data.checked)}
          label="Mark the document and re-check as I type"
        />
      </div>
      <Text className={styles.marks}>{MARK_KIND_TEXT[state.live ? state.markKind : 'none']}</Text>
      {panel}
      {progress ? (
        <div>
          <ProgressBar
            value={progress.total > 0 ? progress.done / progress.total : undefined}
            aria-label={`${progress.stage}: ${progress.done} of ${progress.total}`}
          />
          <Text size={200}>
            {progress.stage}
            {progress.total > 1 ? `: ${progress.done} of ${progress.total}` : '…'}
          </Text>
        </div>
      ) : null}
      {state.error ? (
        <MessageBar intent="error">
          <MessageBarBody>{state.error}</MessageBarBody>
        </MessageBar>
      ) : null}
      {state.lastIgnored || state.ignoredCount > 0 ? (
        <div className={styles.ignored} data-testid="ignored-findings">
          <Text size={200}>
            {state.lastIgnored
              ? `Ignored: ${state.lastIgnored.message}`
              : `${state.ignoredCount} finding${state.ignoredCount === 1 ? '' : 's'} ignored for this document.`}
          </Text>
          {state.lastIgnored ? (
            <Button
              size="small"
              disabled={state.busy}
              onClick={() => void checker.undoIgnore()}
              aria-label={`Undo ignore: ${state.lastIgnored.message}`}
            >
              Undo
            </Button>
          ) : (
            <Button
              size="small"
              disabled={state.busy}
              onClick={() => void checker.restoreIgnored()}
            >
              Show them again
            </Button>
          )}
        </div>
      ) : null}
      <div role="status" aria-live="polite" className="visually-hidden">
        {state.notice ?? ''}
      </div>
      {report ? (
        <>
          <Overview report={report} />
          <Checklist report={report} />
          <WorriesPanel
            report={report}
            busy={state.busy}
            onLink={(w, o, linked) => void checker.setWorryLink(w, o, linked)}
            onGoTo={(target) => void checker.goToText(target)}
          />
          <FamilyReadPanel
            report={report}
            busy={state.busy}
            onApply={(f) => void checker.applyFamily(f)}
            onGoTo={(target) => void checker.goToText(target)}
          />
          <section aria-labelledby="objectives-heading">
            <h2 id="objectives-heading" className={styles.h2}>
              Objectives
            </h2>
            {report.objectives.length === 0 ? (
              <Text as="p" block>
                No objectives found. Put them under a heading such as “Outcomes” or “What needs to
                change”, as a list or in a table with columns such as Who, By when and How will we
                know.
              </Text>
            ) : null}
            <div ref={listRef}>
              {report.objectives.map((verdict, i) => (
                <ObjectiveCard
                  key={verdict.objective.id}
                  verdict={verdict}
                  number={i + 1}
                  active={verdict.objective.id === state.activeObjectiveId}
                  busy={state.busy}
                  onGoTo={onGoTo}
                  onApply={onApply}
                  onIgnore={onIgnore}
                />
              ))}
            </div>
          </section>
        </>
      ) : null}
    </main>
  );
}
