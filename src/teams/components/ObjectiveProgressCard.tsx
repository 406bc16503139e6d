import {
  Button,
  Field,
  makeStyles,
  Radio,
  RadioGroup,
  Textarea,
  tokens,
} from '@fluentui/react-components';
import { formatUkDate, datePart } from '../../plans/iso-date';
import type { PlanObjective, Rag } from '../../plans/model';
import type { Criterion } from '../../smart/types';
import type { ObjectiveDraft } from '../drafts';
import { ROLE_LABEL, type Participant, type View } from '../people';
import { ConflictPanel } from './ConflictPanel';
import { SaveStatus } from './SaveStatus';
import { SmartLetters } from './SmartLetters';
import { RecordViewForm, ViewsList, type RecordedView } from './ViewsPanel';

export const RAG_LABEL: Record<Rag, string> = { red: 'Red', amber: 'Amber', green: 'Green' };

const useStyles = makeStyles({
  card: {
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusLarge,
    padding: tokens.spacingHorizontalM,
    marginBottom: tokens.spacingVerticalL,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  text: { whiteSpace: 'pre-wrap', fontSize: tokens.fontSizeBase400 },
  facts: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalL,
    margin: `${tokens.spacingVerticalS} 0`,
    '& dt': { fontWeight: tokens.fontWeightSemibold },
    '& dd': { margin: 0 },
  },
  disagreement: {
    borderLeft: `4px solid ${tokens.colorPaletteRedBorder2}`,
    backgroundColor: tokens.colorPaletteRedBackground1,
    color: tokens.colorNeutralForeground1,
    padding: tokens.spacingHorizontalS,
    margin: `${tokens.spacingVerticalS} 0`,
  },
  fieldset: {
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    margin: `${tokens.spacingVerticalS} 0`,
    padding: tokens.spacingHorizontalS,
  },
  row: {
    display: 'flex',
    gap: tokens.spacingHorizontalS,
    alignItems: 'center',
    flexWrap: 'wrap',
    marginTop: tokens.spacingVerticalS,
  },
});

function describeProgress(o: Pick<PlanObjective, 'progress' | 'progressNote' | 'progressAt'>) {
  return {
    rag: o.progress ? RAG_LABEL[o.progress] : '',
    note: o.progressNote ?? '',
    at: o.progressAt ? formatUkDate(datePart(o.progressAt) ?? o.progressAt) : undefined,
  };
}

export function ObjectiveProgressCard(props: {
  objective: PlanObjective;
  shown: PlanObjective;
  smart: Record<Criterion, boolean> | undefined;
  draft: ObjectiveDraft | undefined;
  justSaved: boolean;
  views: View[];
  participants: Participant[];
  onEdit: (changes: { progress?: Rag; progressNote?: string }) => void;
  onSave: () => void;
  onKeepMine: () => void;
  onUseTheirs: () => void;
  onRecordView: (view: RecordedView) => void;
}) {
  const styles = useStyles();
  const { objective, shown, draft } = props;
  const id = `objective-${objective.id}`;
  const disagreements = props.views.filter((v) => v.agreement.stance === 'disagreed');
  const mine = draft ? describeProgress({ ...draft.base, ...draft.changes }) : undefined;
  const theirs = draft?.theirs ? describeProgress(draft.theirs) : undefined;

  return (
    <article className={styles.card} aria-labelledby={`${id}-title`} data-testid={id}>
      <h3 id={`${id}-title`}>Objective {objective.order}</h3>
      <p className={styles.text}>{objective.text}</p>
      <SmartLetters smart={props.smart} />
      <dl className={styles.facts}>
        <div>
          <dt>Owner</dt>
          <dd>{objective.owner?.name ?? 'No owner named'}</dd>
        </div>
        <div>
          <dt>Due</dt>
          <dd>{objective.dueDate ? formatUkDate(objective.dueDate) : 'No date set'}</dd>
        </div>
        <div>
          <dt>Last progress</dt>
          <dd>
            {objective.progress
              ? `${RAG_LABEL[objective.progress]}${objective.progressAt ? ` on ${formatUkDate(datePart(objective.progressAt) ?? '')}` : ''}`
              : 'None recorded'}
          </dd>
        </div>
      </dl>

      {disagreements.length > 0 && (
        <div
          className={styles.disagreement}
          role="note"
          aria-label="Disagreement recorded"
          data-testid="disagreement"
        >
          <strong>Disagreement recorded</strong>
          <ul>
            {disagreements.map((v) => (
              <li key={v.participantKey}>
                {v.agreement.person.name} ({ROLE_LABEL[v.agreement.role].toLowerCase()}) disagreed
                {v.agreement.words ? `: “${v.agreement.words}”` : ''}
              </li>
            ))}
          </ul>
        </div>
      )}

      <fieldset className={styles.fieldset}>
        <legend>Progress since the last meeting</legend>
        <Field label="Rating">
          <RadioGroup
            layout="horizontal"
            value={shown.progress ?? ''}
            onChange={(_, d) => props.onEdit({ progress: d.value as Rag })}
            aria-label={`Progress rating for objective ${objective.order}`}
          >
            <Radio value="red" label="Red" />
            <Radio value="amber" label="Amber" />
            <Radio value="green" label="Green" />
          </RadioGroup>
        </Field>
        <Field label="Progress note">
          <Textarea
            value={shown.progressNote ?? ''}
            onChange={(_, d) => props.onEdit({ progressNote: d.value })}
            resize="vertical"
          />
        </Field>
        <div className={styles.row}>
          <Button
            appearance="primary"
            onClick={props.onSave}
            disabled={!draft || draft.state === 'conflict'}
          >
            Save progress
          </Button>
          <SaveStatus
            draft={draft?.state === 'conflict' ? undefined : draft}
            saved={props.justSaved}
            onRetry={props.onSave}
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

      <fieldset className={styles.fieldset}>
        <legend>Who agreed or disagreed</legend>
        <ViewsList views={props.views} participants={props.participants} />
        <RecordViewForm
          formKey={`view.${objective.id}`}
          label={`Record a view on objective ${objective.order}`}
          participants={props.participants}
          onRecord={props.onRecordView}
        />
      </fieldset>
    </article>
  );
}
