import {
  Button,
  Link,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Spinner,
  Text,
  tokens,
} from '@fluentui/react-components';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { dueItemsForPlan } from '../../plans/due';
import { formatUkDate } from '../../plans/iso-date';
import { PLAN_TYPE_LABEL, type PlanBundle, type PlanObjective } from '../../plans/model';
import { checkObjectiveText } from '../../smart';
import { CRITERIA, type Criterion } from '../../smart/types';
import {
  objectiveDraftKey,
  planDraftKey,
  withPlanDraft,
  type AgreementDraft,
  type ObjectiveDraft,
  type PlanDraft,
} from '../drafts';
import { documentLink } from '../document-link';
import { latestViews, participantsOf } from '../people';
import { worriesLabel } from '../worries';
import { routeHash } from '../../plans/tab-routes';
import type { Saved } from '../sync';
import { shareDeepLink, shareToStage } from '../teams-actions';
import { dateFields, DatesPanel } from './DatesPanel';
import { ObjectiveProgressCard } from './ObjectiveProgressCard';
import type { RecordedView } from './ViewsPanel';
import { WholePlanViews } from './WholePlanViews';
import { WorriesCount } from './WorriesCount';
import { loadError, useDrafts, useOnSaved, useServices } from './services';

const useStyles = makeStyles({
  header: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalL,
    alignItems: 'baseline',
  },
  facts: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalL,
    margin: `${tokens.spacingVerticalS} 0`,
    '& dt': { fontWeight: tokens.fontWeightSemibold },
    '& dd': { margin: 0 },
  },
  actions: {
    display: 'flex',
    gap: tokens.spacingHorizontalS,
    flexWrap: 'wrap',
    margin: `${tokens.spacingVerticalS} 0`,
  },
  error: { color: tokens.colorPaletteRedForeground1 },
});

/** SMART letters: as stored when the plan was saved from Word, else from the core now. */
function smartOf(objective: PlanObjective): Record<Criterion, boolean> | undefined {
  if (objective.smart) return objective.smart;
  try {
    const verdict = checkObjectiveText(objective.text);
    return Object.fromEntries(CRITERIA.map((c) => [c, verdict.criteria[c].met])) as Record<
      Criterion,
      boolean
    >;
  } catch {
    return undefined;
  }
}

export function PlanView({ planId }: { planId: string }) {
  const { store, book, sync, host, today } = useServices();
  const styles = useStyles();
  const [bundle, setBundle] = useState<PlanBundle>();
  const [error, setError] = useState<string>();
  const [saved, setSaved] = useState<Set<string>>(new Set());
  const [shareError, setShareError] = useState<string>();
  const drafts = useDrafts(planId);

  useEffect(() => {
    let live = true;
    setBundle(undefined);
    store
      .getPlan(planId)
      .then((b) => live && setBundle(b))
      .catch((err: unknown) => live && setError(loadError('this plan', err)));
    return () => {
      live = false;
    };
  }, [store, planId]);

  const onSaved = useCallback(
    (s: Saved) => {
      setBundle((b) => {
        if (!b) return b;
        if (s.kind === 'objective' && s.value.planId === planId)
          return { ...b, objectives: b.objectives.map((o) => (o.id === s.value.id ? s.value : o)) };
        if (s.kind === 'plan' && s.value.id === planId) return { ...b, plan: s.value };
        if (s.kind === 'agreement' && s.value.planId === planId)
          return { ...b, agreements: [...b.agreements, s.value] };
        return b;
      });
      setSaved((prev) => new Set(prev).add(s.key));
    },
    [planId],
  );
  useOnSaved(onSaved);

  const draftByKey = useMemo(() => new Map(drafts.map((d) => [d.key, d])), [drafts]);
  const pendingAgreements = drafts
    .filter((d): d is AgreementDraft => d.kind === 'agreement')
    .map((d) => d.agreement);
  const due = useMemo(() => (bundle ? dueItemsForPlan(bundle, { today }) : []), [bundle, today]);
  const participants = useMemo(() => (bundle ? participantsOf(bundle) : []), [bundle]);

  if (error)
    return (
      <Text role="alert" className={styles.error}>
        {error} <Link href={routeHash({ view: 'plans' })}>Back to plans</Link>
      </Text>
    );
  if (!bundle) return <Spinner label="Loading the plan…" />;

  const planDraft = draftByKey.get(planDraftKey(planId)) as PlanDraft | undefined;
  const plan = withPlanDraft(bundle.plan, planDraft);
  const documentHref = documentLink(bundle.plan.documentUrl);
  const objectives = [...bundle.objectives]
    .filter((o) => o.status !== 'withdrawn')
    .sort((a, b) => a.order - b.order);
  const disagreements = latestViews(bundle.agreements, undefined, pendingAgreements)
    .concat(...objectives.map((o) => latestViews(bundle.agreements, o.id, pendingAgreements)))
    .filter((v) => v.agreement.stance === 'disagreed').length;
  const flush = () => void sync.flush();
  // A view on an objective, or on the whole plan when there is no objective id.
  const recordView = (objectiveId: string | undefined, view: RecordedView) => {
    book.queueAgreement({
      planId,
      ...(objectiveId ? { objectiveId } : {}),
      person: view.email ? { name: view.name, email: view.email } : { name: view.name },
      role: view.role,
      stance: view.stance,
      words: view.words || undefined,
      date: today,
    });
    flush();
  };
  const clearSaved = (key: string) =>
    setSaved((prev) => {
      if (!prev.has(key)) return prev;
      const next = new Set(prev);
      next.delete(key);
      return next;
    });

  return (
    <section aria-labelledby="plan-heading">
      <div className={styles.header}>
        <h2 id="plan-heading">{bundle.plan.childRef}</h2>
        <Text>{PLAN_TYPE_LABEL[bundle.plan.type]}</Text>
      </div>
      <dl className={styles.facts}>
        <div>
          <dt>Lead professional</dt>
          <dd>{bundle.plan.leadProfessional.name}</dd>
        </div>
        <div>
          <dt>Supervisor</dt>
          <dd>{bundle.plan.supervisor.name}</dd>
        </div>
        {bundle.plan.startDate && (
          <div>
            <dt>Plan start</dt>
            <dd>{formatUkDate(bundle.plan.startDate)}</dd>
          </div>
        )}
        <div>
          <dt>Plan score</dt>
          <dd>
            {bundle.plan.score !== undefined ? `${bundle.plan.score} out of 100` : 'Not scored yet'}
          </dd>
        </div>
        <div>
          <dt>{worriesLabel(bundle.plan)}</dt>
          <dd>
            <WorriesCount plan={bundle.plan} />
          </dd>
        </div>
      </dl>
      <div className={styles.actions}>
        <Link href={routeHash({ view: 'plans' })}>Back to plans</Link>
        {documentHref && (
          <Link href={documentHref} target="_blank" rel="noreferrer">
            Open the Word document
          </Link>
        )}
        {host.inTeams && (
          <Button
            size="small"
            onClick={() => shareDeepLink({ view: 'plan', planId }, bundle.plan.childRef)}
          >
            Share a link to this plan
          </Button>
        )}
        {host.inTeams && host.frame === 'sidePanel' && (
          <Button
            size="small"
            onClick={() =>
              shareToStage({ view: 'plan', planId }).catch((err: Error) =>
                setShareError(`Could not share to the meeting stage: ${err.message}`),
              )
            }
          >
            Show on the meeting stage
          </Button>
        )}
      </div>
      {shareError && <Text role="alert">{shareError}</Text>}
      {disagreements > 0 && (
        <MessageBar intent="warning">
          <MessageBarBody>
            {disagreements} disagreement{disagreements === 1 ? ' is' : 's are'} recorded on this
            plan; each is shown with the objective, or the whole plan, it is about.
          </MessageBarBody>
        </MessageBar>
      )}

      <DatesPanel
        plan={plan}
        today={today}
        fields={dateFields(bundle.plan, due)}
        draft={planDraft}
        justSaved={saved.has(planDraftKey(planId))}
        onEdit={(changes) => {
          clearSaved(planDraftKey(planId));
          book.editPlan(bundle.plan, changes);
        }}
        onSave={() => {
          book.queue(planDraftKey(planId));
          flush();
        }}
        onKeepMine={() => {
          book.keepMine(planDraftKey(planId));
          flush();
        }}
        onUseTheirs={() => {
          if (planDraft?.theirs) setBundle({ ...bundle, plan: planDraft.theirs });
          book.discard(planDraftKey(planId));
        }}
      />

      <WholePlanViews
        planId={planId}
        views={latestViews(bundle.agreements, undefined, pendingAgreements)}
        participants={participants}
        onRecordView={(view) => recordView(undefined, view)}
      />

      <h2>Objectives</h2>
      {objectives.length === 0 && (
        <p>This plan has no objectives yet. Add them in the Word document and save it to Teams.</p>
      )}
      {objectives.map((objective) => {
        const key = objectiveDraftKey(objective.id ?? '');
        const draft = draftByKey.get(key) as ObjectiveDraft | undefined;
        return (
          <ObjectiveProgressCard
            key={objective.id}
            objective={objective}
            smart={smartOf(objective)}
            draft={draft}
            justSaved={saved.has(key)}
            views={latestViews(bundle.agreements, objective.id, pendingAgreements)}
            participants={participants}
            onEdit={(changes) => {
              clearSaved(key);
              book.editObjective(objective, changes);
            }}
            onSave={() => {
              book.queue(key);
              flush();
            }}
            onKeepMine={() => {
              book.keepMine(key);
              flush();
            }}
            onUseTheirs={() => {
              if (draft?.theirs) {
                const theirs = draft.theirs;
                setBundle({
                  ...bundle,
                  objectives: bundle.objectives.map((o) => (o.id === theirs.id ? theirs : o)),
                });
              }
              book.discard(key);
            }}
            onRecordView={(view) => recordView(objective.id, view)}
          />
        );
      })}
    </section>
  );
}
