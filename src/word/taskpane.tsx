/**
 * The Word task pane entry: waits for Office, maps Office's theme to Fluent, and renders the
 * shared pane against the Word adapter. Outside Word (a plain browser) it says how to open it.
 */
import { createRoot } from 'react-dom/client';
import { FluentProvider, Text } from '@fluentui/react-components';
import { PlanChecker } from '../ui/checker';
import { Pane } from '../ui/Pane';
import { fluentTheme } from '../ui/theme';
import { officeThemeKind } from './theme';
import { WordAdapter, type WordHost } from './word-adapter';
import { wordSaveToTeams } from './save-to-teams-word';
import { SnapshotTap } from '../pane/snapshot-tap';

function wordHost(): WordHost {
  const document = Office.context.document;
  return {
    run: (batch) => Word.run(batch),
    requirements: Office.context.requirements,
    settings: Office.context.document.settings,
    addSelectionHandler: (handler) =>
      document.addHandlerAsync(Office.EventType.DocumentSelectionChanged, handler),
    removeSelectionHandler: (handler) =>
      document.removeHandlerAsync(Office.EventType.DocumentSelectionChanged, { handler }),
  };
}

function render(node: React.ReactNode): void {
  const container = document.getElementById('root');
  if (!container) return;
  document.documentElement.lang = 'en-GB';
  createRoot(container).render(node);
}

function start(): void {
  if (typeof Office === 'undefined') {
    render(
      <FluentProvider theme={fluentTheme('light')}>
        <Text as="p">
          SMART Plans runs inside Word. Open Word, then choose Home › Check plan. To try it without
          Word, open /playground.html.
        </Text>
      </FluentProvider>,
    );
    return;
  }
  void Office.onReady((info) => {
    const theme = fluentTheme(officeThemeKind(Office.context?.officeTheme));
    if (info.host !== Office.HostType.Word) {
      render(
        <FluentProvider theme={theme}>
          <Text as="p">
            SMART Plans works in Word. Open this add-in from Word&apos;s Home tab (Check plan).
          </Text>
        </FluentProvider>,
      );
      return;
    }
    const tap = new SnapshotTap(new WordAdapter(wordHost()));
    const checker = new PlanChecker(tap);
    render(
      <FluentProvider theme={theme} style={{ minHeight: '100vh' }}>
        <Pane checker={checker} {...wordSaveToTeams(checker, tap)} />
      </FluentProvider>,
    );
    void checker.start();
  });
}

start();
