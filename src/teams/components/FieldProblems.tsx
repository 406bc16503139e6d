import { makeStyles, mergeClasses, Text, tokens } from '@fluentui/react-components';

const useStyles = makeStyles({
  problem: { color: tokens.colorPaletteRedForeground1, overflowWrap: 'anywhere' },
});

/** A schema message ("use a whole number") as a sentence on its own beside a field. */
export function sentence(message: string): string {
  const text = message.trim();
  if (!text) return text;
  const capital = `${text[0].toUpperCase()}${text.slice(1)}`;
  return /[.!?]$/.test(capital) ? capital : `${capital}.`;
}

/** The schema's problems with one field or item, where no Fluent Field shows them. */
export function FieldProblems(props: { problems: string[]; id?: string; className?: string }) {
  const styles = useStyles();
  if (props.problems.length === 0) return null;
  return (
    <Text
      id={props.id}
      block
      size={200}
      className={mergeClasses(styles.problem, props.className)}
      data-testid="field-problem"
    >
      {props.problems.map(sentence).join(' ')}
    </Text>
  );
}
