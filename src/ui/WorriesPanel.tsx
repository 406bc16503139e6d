/**
 * Every worry the plan names beside the objectives that answer it: the worries nothing answers
 * come first, each with a way to link it to an objective by hand; a pairing the checker made
 * by meaning can be unlinked. Links are kept with the document (see PlanChecker.setWorryLink).
 */
import { Button, Field, makeStyles, Select, Text, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { PlanReport } from '../smart';
import { planSubject, type PlanKind } from '../smart/plan-kinds';
import { capitalised, WORRY_TERMS, type WorryTerms } from '../smart/worry-terms';
import type { PairedWorry } from '../smart/worries/pair';
import { concernLabel } from '../smart/worries/concerns';
import { usePanelStyles } from './panel-styles';
import { objectivesList, pairedHow, plural } from './strings';

const useStyles = makeStyles({
  open: { borderLeft: `4px solid ${tokens.colorPaletteRedBorder2}` },
  row: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalS,
    alignItems: 'flex-end',
    marginTop: tokens.spacingVerticalXS,
  },
  // The field takes its own line: a native select is as wide as its longest option otherwise.
  field: { flexBasis: '100%', minWidth: 0 },
  selectRoot: { width: '100%', minWidth: 0 },
  selectControl: { width: '100%', minWidth: 0, textOverflow: 'ellipsis' },
  answers: { margin: `${tokens.spacingVerticalXS} 0 0`, paddingLeft: tokens.spacingHorizontalL },
});

export interface WorriesPanelProps {
  report: PlanReport;
  busy: boolean;
  onLink(worryText: string, objectiveText: string, linked: boolean): void;
  onGoTo(target: { paragraph: number; start: number; end: number }): void;
}

const short = (text: string, most = 70) =>
  text.length > most ? `${text.slice(0, most - 1)}…` : text;

/** The panel's words for a plan's worries (or an EHC plan's needs), from the core's terms. */
function wordsFor(terms: WorryTerms, noneFound: string) {
  const { one, many, verb, done, answer } = terms;
  return {
    heading: `${capitalised(many)} and ${answer}s`,
    answered: done,
    pairs: `${many} with ${answer}s`,
    open: `Nothing in the plan ${verb}s:`,
    by: `${capitalised(done)} by`,
    noneFound,
    unanchored: (n: number) => `${plural(n, `objective ${verb}s`, `objectives ${verb}`)} no ${one}`,
    linkTo: `link it to the ${one} it ${verb}s`,
    item: one,
    verb,
  };
}

type Words = ReturnType<typeof wordsFor>;

/** A pathway, care or placement plan is read by its areas; worries it names are still paired here. */
const byAreas = (plan: string, kind: PlanKind) =>
  `A ${plan} is set out by the areas of the ${planSubject(kind)}’s life, and the checklist names any it leaves out. Worries the plan names would be paired with its objectives here.`;

const WORDS: Record<PlanKind, Words> = {
  other: wordsFor(
    WORRY_TERMS.worries,
    'No worries found. Say what everyone is worried about under a heading such as “What are we worried about?”, so that each objective can be checked against a worry.',
  ),
  pathway: wordsFor(WORRY_TERMS.worries, byAreas('pathway plan', 'pathway')),
  care: wordsFor(WORRY_TERMS.worries, byAreas('care plan', 'care')),
  placement: wordsFor(WORRY_TERMS.worries, byAreas('placement plan', 'placement')),
  send: wordsFor(
    WORRY_TERMS.needs,
    'No needs found. Set out the child’s needs under a heading such as “Special educational needs” (Section B of an EHC plan), so that each outcome can be checked against the need it meets.',
  ),
  support: wordsFor(
    WORRY_TERMS.supportNeeds,
    'No needs found. Set out the needs the support is for under a heading such as “Support needs”, or a “Need:” line before each support, so that each objective can be checked against the need it meets.',
  ),
};

export function WorriesPanel({ report, busy, onLink, onGoTo }: WorriesPanelProps) {
  const panel = usePanelStyles();
  const { worries, unanswered, unanchored } = report.worries;
  const number = new Map(report.objectives.map((v, i) => [v.objective.id, i + 1]));
  const text = new Map(report.objectives.map((v) => [v.objective.id, v.objective.text]));
  // A worry's own section ("Worry 2", its danger statement and safety goal) pairs them as a
  // table row does, but is no table: the pane names a table row only for a table's objective.
  const inTable = new Set(
    report.objectives
      .filter((v) => v.objective.location.kind === 'table')
      .map((v) => v.objective.id),
  );
  // Unanswered worries first: they are what the meeting must decide about.
  const ordered = [...worries].sort(
    (a, b) => Number(a.answers.length > 0) - Number(b.answers.length > 0),
  );
  const words = WORDS[report.kind];
  return (
    <section aria-labelledby="worries-heading" data-testid="worries">
      <h2 id="worries-heading" className={panel.h2}>
        {words.heading}
        {worries.length > 0
          ? ` (${worries.length - unanswered.length} of ${worries.length} ${words.answered})`
          : ''}
      </h2>
      {report.worries.limited ? (
        <Text as="p" block>
          This plan is too long to pair {words.pairs} by meaning: only each table row’s need and
          objective, and links made by hand, are shown.
        </Text>
      ) : null}
      {worries.length === 0 ? (
        <Text as="p" block>
          {words.noneFound}
        </Text>
      ) : (
        <ul className={panel.list}>
          {ordered.map((paired) => (
            <WorryItem
              key={paired.worry.id}
              paired={paired}
              report={report}
              number={number}
              text={text}
              inTable={inTable}
              words={words}
              busy={busy}
              onLink={onLink}
              onGoTo={onGoTo}
            />
          ))}
        </ul>
      )}
      {unanchored.length > 0 ? (
        <Text as="p" block data-testid="unanchored">
          {words.unanchored(unanchored.length)}:{' '}
          {objectivesList(unanchored.map((id) => number.get(id)))}. Check each is needed, or{' '}
          {words.linkTo}.
        </Text>
      ) : null}
    </section>
  );
}

function WorryItem({
  paired,
  report,
  number,
  text,
  inTable,
  words,
  busy,
  onLink,
  onGoTo,
}: {
  paired: PairedWorry;
  report: PlanReport;
  number: Map<string, number>;
  text: Map<string, string>;
  /** The objectives read from a table's rows. */
  inTable: ReadonlySet<string>;
  words: Words;
  busy: boolean;
  onLink: WorriesPanelProps['onLink'];
  onGoTo: WorriesPanelProps['onGoTo'];
}) {
  const styles = useStyles();
  const panel = usePanelStyles();
  const { worry, answers } = paired;
  const [choice, setChoice] = useState('');
  const linked = new Set(answers.map((a) => a.objectiveId));
  const choices = report.objectives.filter((v) => !linked.has(v.objective.id));
  // The objectives nearest in meaning come first, the closest already chosen: when the checker
  // missed a link, making it takes one press. A choice from an earlier check that is gone falls
  // back to the closest.
  const nearest = (paired.nearest ?? []).filter((id) => choices.some((v) => v.objective.id === id));
  const others = choices.filter((v) => !nearest.includes(v.objective.id));
  const chosen = choices.some((v) => v.objective.id === choice) ? choice : (nearest[0] ?? '');
  const option = (id: string) => (
    <option key={id} value={id}>
      {number.get(id)}. {short(text.get(id) ?? '', 60)}
    </option>
  );
  const selectId = `link-${worry.id}`;
  return (
    <li
      className={`${panel.item} ${answers.length === 0 ? styles.open : ''}`}
      data-worry={worry.id}
      data-answered={answers.length > 0 ? 'yes' : 'no'}
    >
      <Text weight={answers.length === 0 ? 'semibold' : 'regular'}>
        {answers.length === 0 ? `${words.open} ${worry.text}` : worry.text}
      </Text>
      {nearest.length > 0 ? (
        <Text as="p" block size={200} data-testid="nearest">
          Closest in meaning: {objectivesList(nearest.map((id) => number.get(id)))}.{' '}
          {nearest.length === 1
            ? `Link it below if it ${words.verb}s this ${words.item}.`
            : `Link below the one that ${words.verb}s this ${words.item}, if any does.`}
        </Text>
      ) : null}
      {paired.rowOnlyWatches !== undefined ? (
        <Text as="p" block size={200} data-testid="row-only-watches">
          Objective {number.get(paired.rowOnlyWatches) ?? '?'}, in its row, only says that someone
          will watch, visit, review or discuss it. Say what will be different for the child, and by
          when.
        </Text>
      ) : null}
      {answers.length > 0 ? (
        <ul className={styles.answers}>
          {answers.map((a) => (
            <li key={a.objectiveId}>
              <Text size={200}>
                {words.by} objective {number.get(a.objectiveId)}
                {pairedHow(a.by, inTable.has(a.objectiveId))}
                {a.concerns.length > 0
                  ? `: both about ${a.concerns.map(concernLabel).join('; ')}`
                  : ''}
                .{' '}
              </Text>
              {a.by !== 'table' ? (
                <Button
                  size="small"
                  appearance="subtle"
                  disabled={busy}
                  aria-label={`Unlink objective ${number.get(a.objectiveId)} from the ${words.item}: ${short(worry.text)}`}
                  onClick={() => onLink(worry.text, text.get(a.objectiveId) ?? '', false)}
                >
                  Unlink
                </Button>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
      <div className={styles.row}>
        <Button
          size="small"
          disabled={busy}
          aria-label={`Go to the ${words.item}: ${short(worry.text)}`}
          onClick={() => onGoTo({ paragraph: worry.paragraph, start: 0, end: 0 })}
        >
          Go to
        </Button>
        {choices.length > 0 ? (
          <>
            <Field label={words.by} size="small" className={styles.field}>
              <Select
                id={selectId}
                className={styles.selectRoot}
                select={{ className: styles.selectControl }}
                value={chosen}
                onChange={(_e, data) => setChoice(data.value)}
                disabled={busy}
              >
                {nearest.length === 0 ? (
                  <>
                    <option value="">Choose an objective…</option>
                    {others.map((v) => option(v.objective.id))}
                  </>
                ) : (
                  <>
                    <optgroup label="Closest in meaning">{nearest.map(option)}</optgroup>
                    {others.length > 0 ? (
                      <optgroup label="Other objectives">
                        {others.map((v) => option(v.objective.id))}
                      </optgroup>
                    ) : null}
                  </>
                )}
              </Select>
            </Field>
            <Button
              size="small"
              disabled={busy || chosen === ''}
              aria-label={`Link the chosen objective to the ${words.item}: ${short(worry.text)}`}
              onClick={() => {
                onLink(worry.text, text.get(chosen) ?? '', true);
                setChoice('');
              }}
            >
              Link
            </Button>
          </>
        ) : null}
      </div>
    </li>
  );
}
