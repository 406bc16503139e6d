import {
  Button,
  Field,
  Input,
  makeStyles,
  Radio,
  RadioGroup,
  Select,
  Textarea,
  tokens,
} from '@fluentui/react-components';
import { formatUkDate } from '../../plans/iso-date';
import type { AgreementRole, AgreementStance } from '../../plans/model';
import {
  nameAndRole,
  participantLabel,
  ROLE_LABEL,
  STANCE_LABEL,
  type Participant,
  type View,
} from '../people';
import { usePersistentState } from './usePersistentState';

const OTHER = '__other__';

const useStyles = makeStyles({
  list: { margin: `${tokens.spacingVerticalXS} 0`, paddingLeft: tokens.spacingHorizontalL },
  disagreed: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  form: {
    display: 'grid',
    gap: tokens.spacingVerticalS,
    // Never wider than the side panel; a long name in Who is cut short in its box, not
    // allowed to push the form (or Role) sideways.
    gridTemplateColumns: 'repeat(auto-fit, minmax(min(180px, 100%), 1fr))',
    alignItems: 'end',
    '& > *': { minWidth: 0 },
    '& select': { width: '100%', minWidth: 0, textOverflow: 'ellipsis' },
  },
  wide: { gridColumn: '1 / -1' },
});

interface FormState {
  who: string;
  otherName: string;
  role: AgreementRole | '';
  stance: AgreementStance | '';
  words: string;
}

const EMPTY: FormState = { who: '', otherName: '', role: '', stance: '', words: '' };

export function ViewsList({ views, participants }: { views: View[]; participants: Participant[] }) {
  const styles = useStyles();
  if (views.length === 0) return <p>No views recorded yet.</p>;
  const roleOf = (v: View) =>
    participants.find((p) => p.key === v.participantKey)?.role ?? v.agreement.role;
  return (
    <ul className={styles.list} aria-label="Views recorded">
      {views.map((v) => (
        <li key={v.participantKey}>
          {nameAndRole(v.agreement.person.name, ROLE_LABEL[roleOf(v)].toLowerCase())}:{' '}
          <span className={v.agreement.stance === 'disagreed' ? styles.disagreed : undefined}>
            {STANCE_LABEL[v.agreement.stance]}
          </span>
          {v.agreement.words ? ` – “${v.agreement.words}”` : ''} on {formatUkDate(v.agreement.date)}
          {v.pending ? ' (kept on this device, not saved yet)' : ''}
        </li>
      ))}
    </ul>
  );
}

/** What a recorded view says, for the page to queue as an agreement. */
export interface RecordedView {
  name: string;
  email?: string;
  role: AgreementRole;
  stance: AgreementStance;
  words: string;
}

/** Records one person's view; the form's fields survive a reload until the view is recorded. */
export function RecordViewForm(props: {
  formKey: string;
  /** The form's name for assistive technology: which objective, or the whole plan. */
  label: string;
  participants: Participant[];
  onRecord: (view: RecordedView) => void;
}) {
  const styles = useStyles();
  const [form, setForm, clear] = usePersistentState<FormState>(props.formKey, EMPTY);
  const set = (change: Partial<FormState>) => setForm({ ...form, ...change });
  const chosen = props.participants.find((p) => p.key === form.who);
  const role = form.role || chosen?.role || '';
  const name = form.who === OTHER ? form.otherName.trim() : (chosen?.person.name ?? '');
  const problem = !name
    ? 'Choose who gave this view.'
    : !role
      ? 'Choose their role.'
      : !form.stance
        ? 'Choose whether they agreed or disagreed.'
        : undefined;
  const [tried, setTried] = usePersistentState<boolean>(`${props.formKey}.tried`, false);

  const submit = () => {
    setTried(true);
    if (problem || !role || !form.stance) return;
    props.onRecord({
      name,
      email: form.who === OTHER ? undefined : chosen?.person.email,
      role,
      stance: form.stance,
      words: form.words.trim(),
    });
    clear();
    setTried(false);
  };

  return (
    <form
      className={styles.form}
      aria-label={props.label}
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <Field label="Who">
        <Select value={form.who} onChange={(_, d) => set({ who: d.value, role: '' })}>
          <option value="">Choose a person</option>
          {props.participants.map((p) => (
            <option key={p.key} value={p.key}>
              {participantLabel(p)}
            </option>
          ))}
          <option value={OTHER}>Someone else…</option>
        </Select>
      </Field>
      {form.who === OTHER && (
        <Field label="Their name">
          <Input value={form.otherName} onChange={(_, d) => set({ otherName: d.value })} />
        </Field>
      )}
      <Field label="Role">
        <Select value={role} onChange={(_, d) => set({ role: d.value as AgreementRole })}>
          <option value="">Choose a role</option>
          {(Object.keys(ROLE_LABEL) as AgreementRole[]).map((r) => (
            <option key={r} value={r}>
              {ROLE_LABEL[r]}
            </option>
          ))}
        </Select>
      </Field>
      <Field label="Their view">
        <RadioGroup
          layout="horizontal"
          value={form.stance}
          onChange={(_, d) => set({ stance: d.value as AgreementStance })}
        >
          <Radio value="agreed" label="Agreed" />
          <Radio value="disagreed" label="Disagreed" />
        </RadioGroup>
      </Field>
      <Field
        className={styles.wide}
        label="In their own words"
        hint={
          form.stance === 'disagreed'
            ? 'Record what they disagree with, as they said it.'
            : undefined
        }
      >
        <Textarea
          value={form.words}
          onChange={(_, d) => set({ words: d.value })}
          resize="vertical"
        />
      </Field>
      <div className={styles.wide}>
        <Button type="submit">Record view</Button>
        {tried && problem && (
          <span role="alert" className={styles.disagreed}>
            {' '}
            {problem}
          </span>
        )}
      </div>
    </form>
  );
}
