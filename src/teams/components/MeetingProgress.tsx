import {
  Button,
  Field,
  makeStyles,
  Radio,
  RadioGroup,
  Text,
  Textarea,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import { formatUkDate } from '../../plans/iso-date';
import { RAG, type PlanObjective, type Rag } from '../../plans/model';
import type { ObjectiveChanges, ObjectiveDraft } from '../drafts';
import {
  lastRecordText,
  RAG_LABEL,
  recordChange,
  recordedOn,
  recordProblem,
} from '../progress-record';
import { ConflictPanel } from './ConflictPanel';
import { SaveStatus } from './SaveStatus';

const useStyles = makeStyles({
  fieldset: {
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    margin: `${tokens.spacingVerticalS} 0`,
    padding: tokens.spacingHorizontalS,
    minWidth: 0,
  },
  last: {
    margin: `0 0 ${tokens.spacingVerticalS} 0`,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderLeft: `${tokens.strokeWidthThicker} solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground1,
    whiteSpace: 'pre-wrap',
    overflowWrap: 'anywhere',
  },
  row: {
    display: 'flex',
    gap: tokens.spacingHorizontalS,
    alignItems: 'center',
    flexWrap: 'wrap',
    marginTop: tokens.spacingVerticalS,
  },
  problem: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
});

function describe(o: Pick<PlanObjective, 'progress' | 'progressNote' | 'progressAt'>) {
  const day = recordedOn(o.progressAt);
  return {
    rag: o.progress ? RAG_LABEL[o.progress] : '',
    note: o.progressNote ?? '',
    at: day ? formatUkDate(day) : undefined,
  };
}

/**
 * Progress since the last meeting, recorded in this one. The fields hold only what is typed in
 * this meeting (kept as a draft on this device until saved); the stored record is shown above
 * them as the last one, never as if it were already this meeting's.
 */
export function MeetingProgress(props: {
  objective: PlanObjective;
  draft: ObjectiveDraft | undefined;
  justSaved: boolean;
  onEdit: (changes: ObjectiveChanges) => void;
  onSave: () => void;
  onKeepMine: () => void;
  onUseTheirs: () => void;
}) {
  const styles = useStyles();
  const { objective, draft } = props;
  const [tried, setTried] = useState(false);
  const id = `objective-${objective.id}-progress`;
  const record = draft?.changes;
  const problem = recordProblem(record);
  const mine = draft ? describe({ ...draft.base, ...draft.changes }) : undefined;
  const theirs = draft?.theirs ? describe(draft.theirs) : undefined;
  const edit = (change: ObjectiveChanges) => {
    setTried(false);
    props.onEdit(recordChange(record, change));
  };
  const save = () => {
    setTried(true);
    if (!problem) props.onSave();
  };

  return (
    <fieldset className={styles.fieldset} aria-describedby={`${id}-last`}>
      <legend>Progress since the last meeting</legend>
      <p id={`${id}-last`} className={styles.last} data-testid="last-record">
        {lastRecordText(objective)}
      </p>
      <Field label="Rating for this meeting">
        <RadioGroup
          layout="horizontal"
          value={record?.progress ?? ''}
          onChange={(_, d) => edit({ progress: d.value as Rag })}
          aria-label={`Progress rating for objective ${objective.order}`}
        >
          {RAG.map((rag) => (
            <Radio key={rag} value={rag} label={RAG_LABEL[rag]} />
          ))}
        </RadioGroup>
      </Field>
      <Field label="Progress note">
        <Textarea
          value={record?.progressNote ?? ''}
          onChange={(_, d) => edit({ progressNote: d.value })}
          resize="vertical"
        />
      </Field>
      <div className={styles.row}>
        <Button appearance="primary" onClick={save} disabled={!draft || draft.state === 'conflict'}>
          Save progress
        </Button>
        {tried && draft && problem && (
          <Text role="alert" className={styles.problem}>
            {problem}
          </Text>
        )}
        <SaveStatus
          draft={draft?.state === 'conflict' ? undefined : draft}
          saved={props.justSaved}
          onRetry={save}
        />
      </div>
      {draft?.state === 'conflict' && mine && (
        <ConflictPanel
          what={`objective ${objective.order}`}
          theirsSavedAt={theirs?.at}
          rows={[
            { label: 'Rating', theirs: theirs?.rag ?? '', mine: mine.rag },
            { label: 'Progress note', theirs: theirs?.note ?? '', mine: mine.note },
          ]}
          onKeepMine={props.onKeepMine}
          onUseTheirs={props.onUseTheirs}
        />
      )}
    </fieldset>
  );
}
