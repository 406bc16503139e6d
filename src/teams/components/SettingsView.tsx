import {
  Button,
  Field,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Spinner,
  Switch,
  Text,
  Textarea,
  tokens,
} from '@fluentui/react-components';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { parseHouseRules } from '../../house-rules/load';
import {
  HouseRulesInvalidError,
  theirsOf,
  type HouseRulesStore,
  type StoredSetting,
} from '../../house-rules/store';
import { useHouseRules } from '../../house-rules/useHouseRules';
import { ConflictError, StoreError } from '../../plans/store';
import { ConflictPanel } from './ConflictPanel';
import { HouseRulesForm } from './HouseRulesForm';
import {
  formatDocument,
  READ_ONLY_NOTE,
  readDraft,
  settingsAccess,
  writeDraft,
  type SettingsAccess,
} from './SettingsAccess';
import { SettingsTryIt } from './SettingsTryIt';
import { useServices } from './services';

const DEFAULT_SAMPLE = 'Mum will attend the Oakfield Family Hub parenting group every week.';

const useStyles = makeStyles({
  editor: {
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    minHeight: '18em',
    width: '100%',
  },
  problems: { color: tokens.colorPaletteRedForeground1, margin: `${tokens.spacingVerticalXS} 0` },
  ok: { color: tokens.colorPaletteGreenForeground1 },
  actions: {
    display: 'flex',
    gap: tokens.spacingHorizontalS,
    alignItems: 'center',
    flexWrap: 'wrap',
    margin: `${tokens.spacingVerticalS} 0`,
  },
  block: { margin: `${tokens.spacingVerticalS} 0` },
  view: { margin: `${tokens.spacingVerticalM} 0 ${tokens.spacingVerticalS} 0` },
});

type Status = { intent: 'success' | 'error' | 'info'; text: string };

/**
 * The house rules, for site owners to edit (others read them): a form that explains every field
 * (or, under "Advanced", the JSON itself), validated as you type, a "Try it" box, and a save that
 * sends If-Match. Form and JSON edit one draft, the JSON text, which lives in localStorage until
 * it is saved, so a reload, a refusal, someone else's save or a switch of view never loses it.
 */
export function SettingsView() {
  const services = useServices();
  const houseRules = services.houseRules;
  if (!houseRules)
    return (
      <Text role="alert">
        House rules cannot be edited here: this page has no settings store. Open the tab from Teams
        or from local mode.
      </Text>
    );
  return <SettingsEditor houseRules={houseRules} />;
}

function SettingsEditor({ houseRules }: { houseRules: HouseRulesStore }) {
  const styles = useStyles();
  const { store, host } = useServices();
  const snapshot = useHouseRules(houseRules);
  const [ready, setReady] = useState(false);
  const [text, setText] = useState('');
  const [baseEtag, setBaseEtag] = useState<string>();
  const [restored, setRestored] = useState(false);
  const [status, setStatus] = useState<Status>();
  const [conflict, setConflict] = useState<StoredSetting>();
  const [access, setAccess] = useState<SettingsAccess>();
  const [saving, setSaving] = useState(false);
  const [sample, setSample] = useState(DEFAULT_SAMPLE);
  const [asJson, setAsJson] = useState(false);

  // Start from the newest saved version (not a cached one), or from the draft left here.
  useEffect(() => {
    let live = true;
    void houseRules.load({ force: true }).then((snap) => {
      if (!live) return;
      const saved = formatDocument(snap.document);
      const draft = readDraft();
      if (draft && draft.text !== saved) {
        setText(draft.text);
        setBaseEtag(draft.baseEtag);
        setRestored(true);
      } else {
        setText(saved);
        setBaseEtag(snap.etag);
      }
      setReady(true);
    });
    void settingsAccess(store, houseRules.key).then((a) => live && setAccess(a));
    return () => {
      live = false;
    };
  }, [houseRules, store, host]);

  const parsed = useMemo(() => parseHouseRules(text), [text]);
  const saved = formatDocument(snapshot.document);
  const changed = text !== saved;
  const canEdit = access?.canEdit ?? false;

  const edit = useCallback(
    (next: string) => {
      setText(next);
      setStatus(undefined);
      writeDraft({ text: next, baseEtag, updatedAt: new Date().toISOString() });
    },
    [baseEtag],
  );

  const save = async (etag: string | undefined) => {
    if (!parsed.ok) return;
    setSaving(true);
    setStatus(undefined);
    try {
      const next = await houseRules.save(JSON.parse(text) as unknown, etag);
      writeDraft(undefined);
      setConflict(undefined);
      setRestored(false);
      setBaseEtag(next.etag);
      setText(formatDocument(next.document));
      setStatus({
        intent: 'success',
        text: 'Saved. The task pane, the tab, the command line and the reminders use these house rules from their next check.',
      });
    } catch (err) {
      // The draft stays in this browser whatever happened.
      if (err instanceof ConflictError) {
        setConflict(theirsOf(err));
        setStatus({
          intent: 'error',
          text: 'Not saved: someone else saved the house rules while you were editing. Compare the two versions below.',
        });
      } else if (err instanceof StoreError && (err.status === 403 || err.status === 401)) {
        setAccess({ canEdit: false, note: READ_ONLY_NOTE });
        setStatus({ intent: 'error', text: `Not saved: ${READ_ONLY_NOTE}` });
      } else if (err instanceof HouseRulesInvalidError) {
        setStatus({ intent: 'error', text: err.message });
      } else {
        const why = err instanceof Error ? err.message : 'unknown error';
        setStatus({
          intent: 'error',
          text: `Not saved: ${why} Your draft is kept in this browser; try again.`,
        });
      }
    } finally {
      setSaving(false);
    }
  };

  if (!ready || !access) return <Spinner label="Loading the house rules…" />;

  const useTheirs = () => {
    if (!conflict) return;
    const theirs = formatDocument(conflict.value);
    setText(theirs);
    setBaseEtag(conflict.etag);
    setConflict(undefined);
    writeDraft(undefined);
    setStatus({ intent: 'info', text: 'Their version is in the editor now; nothing was saved.' });
  };

  return (
    <section aria-labelledby="settings-heading">
      <h2 id="settings-heading">House rules</h2>
      <Text block className={styles.block}>
        Your organisation&apos;s own rules for checking plans: rules switched off or made stricter,
        local services and programmes that count as specific, required plan sections, message
        wording and review timescales stricter than the statutory ones. Everyone&apos;s task pane,
        this tab, the command line and the reminders use them.
      </Text>
      <Text block className={styles.block} data-testid="house-rules-origin">
        {snapshot.origin === 'store'
          ? 'In use: the house rules saved here.'
          : snapshot.origin === 'defaults'
            ? 'In use: the built-in rules (no valid house rules have been saved).'
            : 'In use: the last good house rules.'}
      </Text>
      {snapshot.notice && (
        <MessageBar intent="warning" layout="multiline" className={styles.block}>
          <MessageBarBody>{snapshot.notice}</MessageBarBody>
        </MessageBar>
      )}
      {!canEdit && (
        <MessageBar intent="info" layout="multiline" className={styles.block}>
          <MessageBarBody data-testid="read-only-note">
            {access.note ?? READ_ONLY_NOTE}
          </MessageBarBody>
        </MessageBar>
      )}
      {restored && canEdit && (
        <MessageBar intent="info" className={styles.block}>
          <MessageBarBody>
            Your unsaved draft from earlier is back in the editor. Save it, or discard it to start
            from the saved rules.
          </MessageBarBody>
        </MessageBar>
      )}
      <Switch
        className={styles.view}
        label="Advanced: edit as JSON"
        checked={asJson}
        onChange={(_, d) => setAsJson(d.checked)}
      />
      {asJson ? (
        <Field
          label="House rules (JSON)"
          hint='{"version": 1} alone means the built-in rules. Switch "Advanced: edit as JSON" off for the form, which explains every field; both edit the same draft.'
        >
          <Textarea
            className={styles.editor}
            textarea={{ className: styles.editor, spellCheck: false }}
            value={text}
            readOnly={!canEdit}
            onChange={(_, d) => edit(d.value)}
            resize="vertical"
            aria-describedby="house-rules-problems"
            data-testid="house-rules-editor"
          />
        </Field>
      ) : (
        <HouseRulesForm
          text={text}
          problems={parsed.problems}
          readOnly={!canEdit}
          onChange={edit}
          format={formatDocument}
        />
      )}
      <div id="house-rules-problems" aria-live="polite" data-testid="house-rules-problems">
        {parsed.ok ? (
          <Text className={styles.ok}>No problems: these rules can be saved.</Text>
        ) : (
          <>
            <Text className={styles.problems} block>
              {parsed.problems.length === 1
                ? 'One problem to fix before saving:'
                : `${parsed.problems.length} problems to fix before saving:`}
            </Text>
            <ul className={styles.problems}>
              {parsed.problems.map((p, i) => (
                <li key={`${p.path}-${i}`}>
                  {p.path ? <code>{p.path}</code> : 'The document'}: {p.message}
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
      {canEdit && (
        <div className={styles.actions}>
          <Button
            appearance="primary"
            disabled={!parsed.ok || !changed || saving || conflict !== undefined}
            onClick={() => void save(baseEtag)}
          >
            {saving ? 'Saving…' : 'Save house rules'}
          </Button>
          <Button
            disabled={!changed || saving}
            onClick={() => {
              writeDraft(undefined);
              setRestored(false);
              setConflict(undefined);
              setText(saved);
              setBaseEtag(snapshot.etag);
              setStatus({
                intent: 'info',
                text: 'Draft discarded: the editor shows the saved rules.',
              });
            }}
          >
            Discard draft
          </Button>
        </div>
      )}
      {status && (
        <MessageBar intent={status.intent} layout="multiline" className={styles.block}>
          <MessageBarBody data-testid="settings-status">{status.text}</MessageBarBody>
        </MessageBar>
      )}
      {conflict && (
        <ConflictPanel
          what="the house rules"
          rows={[
            { label: 'House rules (JSON)', theirs: formatDocument(conflict.value), mine: text },
          ]}
          onKeepMine={() => void save(conflict.etag)}
          onUseTheirs={useTheirs}
        />
      )}
      <SettingsTryIt
        sample={sample}
        onSample={setSample}
        draft={parsed.ok ? parsed.ruleSet : undefined}
        inForce={snapshot.loaded.ruleSet}
      />
    </section>
  );
}
