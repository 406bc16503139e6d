import { Button, Field, Input, makeStyles, Text, tokens } from '@fluentui/react-components';
import { AddRegular, DismissRegular } from '@fluentui/react-icons';
import {
  useEffect,
  useId,
  useRef,
  useState,
  type KeyboardEvent,
  type ReactNode,
  type RefObject,
} from 'react';
import {
  hasItem,
  listItems,
  newItem,
  problemsAt,
  withItemAdded,
  withItemRemoved,
} from '../../house-rules/form-model';
import type { HouseRulesProblem } from '../../house-rules/load';
import { FieldProblems, sentence } from './FieldProblems';

/** Shared by every editable list on the settings page, so they look and read alike. */
export const useListStyles = makeStyles({
  root: { minWidth: 0, maxWidth: '40em', margin: `${tokens.spacingVerticalS} 0` },
  label: { fontWeight: tokens.fontWeightSemibold },
  hint: { color: tokens.colorNeutralForeground2, display: 'block' },
  list: {
    listStyleType: 'none',
    margin: `${tokens.spacingVerticalXS} 0 0 0`,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
  },
  item: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`,
    backgroundColor: tokens.colorNeutralBackground3,
    borderRadius: tokens.borderRadiusMedium,
  },
  itemText: { flex: '1 1 8em', minWidth: 0, overflowWrap: 'anywhere' },
  itemProblems: { flexBasis: '100%' },
  empty: { color: tokens.colorNeutralForeground2, display: 'block' },
  hidden: {
    position: 'absolute',
    width: '1px',
    height: '1px',
    margin: '-1px',
    overflow: 'hidden',
    clip: 'rect(0, 0, 0, 0)',
    whiteSpace: 'nowrap',
  },
});

export interface ListEditorProps {
  label: string;
  hint: string;
  items: string[];
  /** Problems with the list as a whole. */
  listProblems: string[];
  /** Problems with the item at each position. */
  itemProblems: (index: number) => string[];
  onAdd: (text: string) => 'added' | 'empty' | 'duplicate';
  onRemove: (index: number) => void;
  readOnly: boolean;
  placeholder?: string;
  testId?: string;
}

/** A keydown handler that runs `add` on Enter, instead of submitting anything around it. */
export function onEnter(add: () => void) {
  return (e: KeyboardEvent) => {
    if (e.key !== 'Enter') return;
    e.preventDefault();
    add();
  };
}

/** One item of an editable list: its name (for its Remove button and what is announced). */
export interface EditableItem {
  name: string;
  /** How the item shows, when more than its name. */
  content?: ReactNode;
}

export interface EditableItemsProps {
  label: string;
  items: EditableItem[];
  itemProblems: (index: number) => string[];
  onRemove: (index: number) => void;
  readOnly: boolean;
  /** Where the focus goes when the last item is removed: the box to type a new one in. */
  addBox: RefObject<HTMLElement | null>;
  /** What the list's polite live region says now; the list adds "Removed …" itself. */
  said: string;
  announce: (text: string) => void;
}

/**
 * The items of an editable list, each with its own Remove button named after it, their problems
 * beside them, and a live region for what has changed. After a removal the focus moves to the
 * next item's Remove button (or back to the add box), so a keyboard user is never dropped at the
 * top of the page.
 */
export function EditableItems(props: EditableItemsProps) {
  const styles = useListStyles();
  const id = useId();
  const [focusAfterRemove, setFocusAfterRemove] = useState<number>();
  // Fluent types a Button's element as a button or a link; either can take the focus.
  const removeButtons = useRef<(HTMLElement | null)[]>([]);
  const { addBox, items } = props;

  useEffect(() => {
    if (focusAfterRemove === undefined) return;
    const next = removeButtons.current[Math.min(focusAfterRemove, items.length - 1)];
    (next ?? addBox.current)?.focus();
    setFocusAfterRemove(undefined);
  }, [focusAfterRemove, items.length, addBox]);

  const remove = (index: number) => {
    props.announce(`Removed ${items[index].name}.`);
    props.onRemove(index);
    setFocusAfterRemove(index);
  };

  return (
    <>
      {items.length === 0 ? (
        <Text size={200} className={styles.empty}>
          None yet.
        </Text>
      ) : (
        <ul className={styles.list} aria-label={props.label}>
          {items.map((item, i) => {
            const itemProblems = props.itemProblems(i);
            return (
              <li key={`${i}:${item.name}`} className={styles.item}>
                <span className={styles.itemText}>{item.content ?? item.name}</span>
                {!props.readOnly && (
                  <Button
                    size="small"
                    appearance="subtle"
                    icon={<DismissRegular />}
                    aria-label={`Remove ${item.name}`}
                    aria-describedby={itemProblems.length > 0 ? `${id}-item-${i}` : undefined}
                    ref={(el) => {
                      removeButtons.current[i] = el;
                    }}
                    onClick={() => remove(i)}
                  >
                    Remove
                  </Button>
                )}
                {itemProblems.length > 0 && (
                  <FieldProblems
                    id={`${id}-item-${i}`}
                    problems={itemProblems}
                    className={styles.itemProblems}
                  />
                )}
              </li>
            );
          })}
        </ul>
      )}
      <span role="status" className={styles.hidden}>
        {props.said}
      </span>
    </>
  );
}

/** A list of words or dates: type, then Enter or Add. */
export function ListEditor(props: ListEditorProps) {
  const styles = useListStyles();
  const [pending, setPending] = useState('');
  const [warning, setWarning] = useState<string>();
  const [said, setSaid] = useState('');
  const input = useRef<HTMLInputElement>(null);

  const add = () => {
    const outcome = props.onAdd(pending);
    if (outcome === 'added') {
      setSaid(`Added ${pending.trim()}.`);
      setPending('');
      setWarning(undefined);
    } else if (outcome === 'duplicate') {
      setWarning(`“${pending.trim()}” is in the list already.`);
    } else {
      setWarning('Type something to add first.');
    }
  };

  const problems = props.listProblems;
  return (
    <div className={styles.root} data-testid={props.testId}>
      {props.readOnly ? (
        <>
          <Text className={styles.label} block>
            {props.label}
          </Text>
          <Text size={200} className={styles.hint}>
            {props.hint}
          </Text>
          <FieldProblems problems={problems} />
        </>
      ) : (
        <Field
          label={props.label}
          hint={props.hint}
          validationState={problems.length > 0 ? 'error' : warning ? 'warning' : 'none'}
          validationMessage={problems.length > 0 ? problems.map(sentence).join(' ') : warning}
        >
          <Input
            ref={input}
            value={pending}
            placeholder={props.placeholder}
            onChange={(_, d) => {
              setPending(d.value);
              setWarning(undefined);
            }}
            onKeyDown={onEnter(add)}
            contentAfter={
              <Button
                size="small"
                appearance="transparent"
                icon={<AddRegular />}
                onClick={add}
                aria-label={`Add to ${props.label.toLowerCase()}`}
              >
                Add
              </Button>
            }
          />
        </Field>
      )}
      <EditableItems
        label={props.label}
        items={props.items.map((name) => ({ name }))}
        itemProblems={props.itemProblems}
        onRemove={props.onRemove}
        readOnly={props.readOnly}
        addBox={input}
        said={said}
        announce={setSaid}
      />
    </div>
  );
}

/**
 * What a ListEditor needs for a list in the draft: its items, and add and remove that write the
 * whole list back with `write` (so a rule's list is written the rule's way).
 */
export function listActions(
  raw: unknown,
  write: (list: unknown[]) => void,
): Pick<ListEditorProps, 'items' | 'onAdd' | 'onRemove'> {
  return {
    items: listItems(raw),
    onAdd: (text) => {
      const item = newItem(text);
      if (item === undefined) return 'empty';
      if (hasItem(raw, item)) return 'duplicate';
      write(withItemAdded(raw, item));
      return 'added';
    },
    onRemove: (index) => write(withItemRemoved(raw, index)),
  };
}

/** The schema's problems with a list at `path`: with the list as a whole, and with each item. */
export function listProblems(
  problems: readonly HouseRulesProblem[],
  path: readonly string[],
): Pick<ListEditorProps, 'listProblems' | 'itemProblems'> {
  return {
    listProblems: problemsAt(problems, path, { exact: true }).map((p) => p.message),
    itemProblems: (index) => problemsAt(problems, [...path, String(index)]).map((p) => p.message),
  };
}
