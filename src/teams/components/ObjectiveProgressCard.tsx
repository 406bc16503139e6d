import { makeStyles, tokens } from '@fluentui/react-components';
import { formatUkDate } from '../../plans/iso-date';
import type { PlanObjective } from '../../plans/model';
import type { Criterion } from '../../smart/types';
import type { ObjectiveChanges, ObjectiveDraft } from '../drafts';
import { nameAndRole, ROLE_LABEL, type Participant, type View } from '../people';
import { MeetingProgress } from './MeetingProgress';
import { SmartLetters } from './SmartLetters';
import { RecordViewForm, ViewsList, type RecordedView } from './ViewsPanel';

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
    minWidth: 0,
  },
});

export function ObjectiveProgressCard(props: {
  objective: PlanObjective;
  smart: Record<Criterion, boolean> | undefined;
  draft: ObjectiveDraft | undefined;
  justSaved: boolean;
  views: View[];
  participants: Participant[];
  onEdit: (changes: ObjectiveChanges) => void;
  onSave: () => void;
  onKeepMine: () => void;
  onUseTheirs: () => void;
  onRecordView: (view: RecordedView) => void;
}) {
  const styles = useStyles();
  const { objective } = props;
  const id = `objective-${objective.id}`;
  const disagreements = props.views.filter((v) => v.agreement.stance === 'disagreed');

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
                {nameAndRole(v.agreement.person.name, ROLE_LABEL[v.agreement.role].toLowerCase())}{' '}
                disagreed
                {v.agreement.words ? `: “${v.agreement.words}”` : ''}
              </li>
            ))}
          </ul>
        </div>
      )}

      <MeetingProgress
        objective={objective}
        draft={props.draft}
        justSaved={props.justSaved}
        onEdit={props.onEdit}
        onSave={props.onSave}
        onKeepMine={props.onKeepMine}
        onUseTheirs={props.onUseTheirs}
      />

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
