/**
 * The playground: a fictional plan in an editable page beside the very same task pane UI as in
 * Word, wired through the HTML adapter. Runs anywhere, with no Word and no network.
 */
import { useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { FluentProvider } from '@fluentui/react-components';
import { PlanChecker } from '../ui/checker';
import { Pane } from '../ui/Pane';
import { browserThemeKind, fluentTheme, type ThemeKind } from '../ui/theme';
import { HIGHLIGHT_NAMES, HtmlAdapter } from './html-adapter';
import { houseRulesLine, playgroundHouseRules } from './house-rules';
import { forgetDocument, keepDocument, restoreDocument } from './saved-document';
import { renderSample, sampleFor } from './sample';
import { playgroundSaveToTeams } from './save-to-teams';
import { SnapshotTap } from '../pane/snapshot-tap';

/** Page CSS, set through textContent (no HTML parsing). Marks are ::highlight() styles. */
const PAGE_CSS = `
  html, body { margin: 0; height: 100%; font-family: "Segoe UI", system-ui, sans-serif; }
  .layout { display: grid; grid-template-columns: minmax(0, 1fr) 380px; height: 100vh; }
  .document-column { overflow: auto; padding: 16px 32px; background: #f3f2f1; }
  .banner { margin: 0 0 12px; font-size: 14px; color: #323130; }
  .reset { margin: 0 0 12px; font: inherit; font-size: 14px; padding: 4px 12px; border: 1px solid #8a8886; border-radius: 4px; background: #fff; color: #201f1e; cursor: pointer; }
  .reset:focus-visible { outline: 2px solid #0f6cbd; outline-offset: 2px; }
  .editor { background: #fff; color: #201f1e; max-width: 820px; margin: 0 auto; padding: 40px 56px;
    box-shadow: 0 1px 4px rgba(0,0,0,.2); line-height: 1.45; font-size: 15px; }
  .editor:focus { outline: 2px solid #0f6cbd; outline-offset: 2px; }
  .editor table { border-collapse: collapse; width: 100%; margin: 8px 0 16px; font-size: 14px; }
  .editor th, .editor td { border: 1px solid #8a8886; padding: 6px; vertical-align: top; text-align: left; }
  .editor caption { text-align: left; font-weight: 600; padding: 4px 0; }
  .pane-column { overflow: auto; border-left: 1px solid #c8c6c4; }
  .pane-column > .fui-FluentProvider { min-height: 100%; }
  ::highlight(${HIGHLIGHT_NAMES.error}) { text-decoration: underline wavy #c50f1f; text-decoration-thickness: 1.5px; text-underline-offset: 3px; }
  ::highlight(${HIGHLIGHT_NAMES.warning}) { text-decoration: underline wavy #8764b8; text-underline-offset: 3px; }
  ::highlight(${HIGHLIGHT_NAMES.info}) { text-decoration: underline dotted #0f6cbd; text-underline-offset: 3px; }
  @media (max-width: 900px) { .layout { grid-template-columns: 1fr; height: auto; } .pane-column { border-left: 0; } }
  @media (max-width: 600px) { .document-column { padding: 8px; } .editor { padding: 16px 12px; overflow-wrap: anywhere; } }
`;

function useThemeKind(): ThemeKind {
  const [kind, setKind] = useState<ThemeKind>(browserThemeKind);
  useEffect(() => {
    const queries = ['(prefers-color-scheme: dark)', '(forced-colors: active)'].map((q) =>
      window.matchMedia(q),
    );
    const update = () => setKind(browserThemeKind());
    queries.forEach((q) => q.addEventListener('change', update));
    return () => queries.forEach((q) => q.removeEventListener('change', update));
  }, []);
  return kind;
}

function PlaygroundPane({ checker, tap }: { checker: PlanChecker; tap: SnapshotTap }) {
  const kind = useThemeKind();
  const [slots] = useState(() => playgroundSaveToTeams(checker, tap));
  return (
    <FluentProvider theme={fluentTheme(kind)}>
      <Pane checker={checker} {...slots} />
    </FluentProvider>
  );
}

function mount(): void {
  const container = document.getElementById('root');
  if (!container) return;
  document.documentElement.lang = 'en-GB';
  const style = document.createElement('style');
  style.textContent = PAGE_CSS;
  document.head.append(style);

  const layout = document.createElement('div');
  layout.className = 'layout';
  const docColumn = document.createElement('div');
  docColumn.className = 'document-column';
  const banner = document.createElement('p');
  banner.className = 'banner';
  banner.textContent =
    'Playground: a fictional child protection plan. Edit it freely: your edits stay in this browser, across a reload, and are checked as you type.';
  const editor = document.createElement('article');
  editor.className = 'editor';
  editor.contentEditable = 'true';
  // In the tab order as a control, so the scrolling column it sits in can be reached by keyboard.
  editor.tabIndex = 0;
  editor.spellcheck = true;
  editor.setAttribute('role', 'textbox');
  editor.setAttribute('aria-multiline', 'true');
  editor.setAttribute('aria-label', 'Plan document (editable)');
  editor.id = 'plan-document';
  if (!restoreDocument(editor)) renderSample(editor, sampleFor(new Date()));
  keepDocument(editor);
  // Back to the sample plan: the edits kept in this browser are forgotten.
  const reset = document.createElement('button');
  reset.type = 'button';
  reset.className = 'reset';
  reset.textContent = 'Start again with the sample plan';
  reset.addEventListener('click', () => {
    forgetDocument();
    renderSample(editor, sampleFor(new Date()));
    editor.dispatchEvent(new Event('input', { bubbles: true }));
  });
  docColumn.append(banner, reset, editor);
  const paneColumn = document.createElement('aside');
  paneColumn.className = 'pane-column';
  paneColumn.setAttribute('aria-label', 'SMART Plans task pane');
  layout.append(docColumn, paneColumn);
  container.replaceChildren(layout);
  // Enter makes a new <p>, as Word makes a new paragraph.
  document.execCommand?.('defaultParagraphSeparator', false, 'p');

  // House rules (issue 10): loaded before the first check; a later change re-checks the plan.
  const rulesLine = document.createElement('p');
  rulesLine.className = 'banner';
  rulesLine.setAttribute('role', 'status');
  rulesLine.dataset.testid = 'house-rules-line';
  banner.after(rulesLine);
  const houseRules = playgroundHouseRules();
  const tap = new SnapshotTap(new HtmlAdapter(editor));
  const checker = new PlanChecker(tap, {
    ruleSet: () => houseRules.current().loaded.ruleSet,
  });
  createRoot(paneColumn).render(<PlaygroundPane checker={checker} tap={tap} />);
  void houseRules.load().finally(() => {
    rulesLine.textContent = houseRulesLine(houseRules);
    houseRules.subscribe(() => {
      rulesLine.textContent = houseRulesLine(houseRules);
      void checker.checkAll();
    });
    void checker.start();
  });
}

mount();
