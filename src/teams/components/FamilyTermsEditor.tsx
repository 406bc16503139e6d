import {
  Button,
  Field,
  Input,
  makeStyles,
  mergeClasses,
  Text,
  tokens,
} from '@fluentui/react-components';
import { AddRegular } from '@fluentui/react-icons';
import { useId, useRef, useState, type Ref } from 'react';
import {
  FIELD_HINT,
  familyTermItems,
  familyTermName,
  withFamilyTermAdded,
  withItemRemoved,
  type FamilyTermRefusal,
  type FamilyTermText,
} from '../../house-rules/form-model';
import { useFieldsetStyles } from './fieldset-styles';
import { FieldProblems } from './FieldProblems';
import { EditableItems, onEnter, useListStyles, type ListEditorProps } from './ListEditor';

const useStyles = makeStyles({
  add: { marginTop: tokens.spacingVerticalS },
  // On the side panel each box takes the whole width; where there is room, three abreast.
  field: { flex: '1 1 10em', minWidth: 0 },
  // A text box is 20 characters wide unless told otherwise, wider than the side panel allows.
  box: { width: '100%', minWidth: 0 },
  addButton: { marginTop: tokens.spacingVerticalS },
  term: { fontWeight: tokens.fontWeightSemibold },
  plain: { display: 'block' },
});

const EMPTY: FamilyTermText = { term: '', longForm: '', plain: '' };

export interface FamilyTermsEditorProps extends Pick<
  ListEditorProps,
  'label' | 'hint' | 'listProblems' | 'itemProblems' | 'readOnly' | 'testId'
> {
  /** The list as the draft has it, whatever the JSON view typed. */
  value: unknown;
  /** Writes the whole list back into the draft. */
  write: (list: unknown[]) => void;
}

function TermBox(props: {
  label: string;
  hint?: string;
  value: string;
  refusal?: string;
  inputRef?: Ref<HTMLInputElement>;
  onChange: (value: string) => void;
  onEnter: () => void;
}) {
  const styles = useStyles();
  return (
    <Field
      className={styles.field}
      label={props.label}
      hint={props.hint}
      validationState={props.refusal ? 'warning' : 'none'}
      validationMessage={props.refusal}
    >
      <Input
        ref={props.inputRef}
        className={styles.box}
        input={{ className: styles.box }}
        value={props.value}
        onChange={(_, d) => props.onChange(d.value)}
        onKeyDown={onEnter(props.onEnter)}
      />
    </Field>
  );
}

/**
 * The council's own terms for families, each a term, its long form and its plain words: added
 * from three boxes (Enter in any of them adds), removed one by one. Empty boxes and a term already
 * listed are refused beside the box, keeping what was typed; the schema's problems with an entry
 * show beside the entry.
 */
export function FamilyTermsEditor(props: FamilyTermsEditorProps) {
  const styles = useStyles();
  const list = useListStyles();
  const box = useFieldsetStyles();
  const hintId = useId();
  const [pending, setPending] = useState<FamilyTermText>(EMPTY);
  const [refusal, setRefusal] = useState<FamilyTermRefusal>({});
  const [said, setSaid] = useState('');
  const termInput = useRef<HTMLInputElement>(null);
  const plainInput = useRef<HTMLInputElement>(null);
  const items = familyTermItems(props.value);

  const type = (part: keyof FamilyTermText) => (text: string) => {
    setPending((p) => ({ ...p, [part]: text }));
    if (part !== 'longForm') setRefusal((r) => ({ ...r, [part]: undefined }));
  };

  const add = () => {
    const added = withFamilyTermAdded(props.value, pending);
    if (!added.ok) {
      setRefusal(added.refusal);
      // To the first box at fault, so the message is read with the box that needs the change.
      (added.refusal.term ? termInput : plainInput).current?.focus();
      return;
    }
    props.write(added.list);
    setSaid(`Added ${added.entry.term}.`);
    setPending(EMPTY);
    setRefusal({});
    termInput.current?.focus();
  };

  return (
    <div className={list.root} data-testid={props.testId}>
      <Text size={200} id={hintId} className={list.hint}>
        {props.hint}
      </Text>
      <FieldProblems problems={props.listProblems} />
      {!props.readOnly && (
        <fieldset className={mergeClasses(box.box, styles.add)} aria-describedby={hintId}>
          <legend className={box.legend}>Add a term</legend>
          <div className={box.row}>
            <TermBox
              label="Term"
              hint={FIELD_HINT.familyTerm}
              value={pending.term}
              refusal={refusal.term}
              inputRef={termInput}
              onChange={type('term')}
              onEnter={add}
            />
            <TermBox
              label="Long form (optional)"
              hint={FIELD_HINT.familyLongForm}
              value={pending.longForm}
              onChange={type('longForm')}
              onEnter={add}
            />
            <TermBox
              label="Plain words"
              hint={FIELD_HINT.familyPlain}
              value={pending.plain}
              refusal={refusal.plain}
              inputRef={plainInput}
              onChange={type('plain')}
              onEnter={add}
            />
          </div>
          <Button
            className={styles.addButton}
            icon={<AddRegular />}
            onClick={add}
            aria-label={`Add to ${props.label.toLowerCase()}`}
          >
            Add
          </Button>
        </fieldset>
      )}
      <EditableItems
        label={props.label}
        items={items.map((t, i) => ({
          name: familyTermName(t, i),
          content: (
            <>
              <span className={styles.term}>{t.term}</span>
              {t.longForm && ` (${t.longForm})`}
              {t.plain && <span className={styles.plain}>Plain words: {t.plain}</span>}
            </>
          ),
        }))}
        itemProblems={props.itemProblems}
        onRemove={(index) => props.write(withItemRemoved(props.value, index))}
        readOnly={props.readOnly}
        addBox={termInput}
        said={said}
        announce={setSaid}
      />
    </div>
  );
}
