/**
 * The Teams tab page: connects to Teams (or notices it is not there), builds the plan store,
 * the drafts and the sync, then renders the app. Also serves the meeting side panel, the meeting
 * stage and the configurable tab's settings page: the frame decides the layout and first view.
 */
import { createRoot } from 'react-dom/client';
import { HouseRulesStore } from '../house-rules/store';
import type { Person } from '../plans/model';
import { App } from './components/App';
import type { TabServices } from './components/services';
import { connectToHost } from './context';
import { DraftBook, type KeyValueStorage } from './drafts';
import { connectTab } from './store';
import { DraftSync, type Saved } from './sync';
import { routeFromSubPage, type Route } from '../plans/tab-routes';
import { localToday } from './today';

function browserStorage(): KeyValueStorage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined; // Storage blocked (some privacy settings): drafts live in memory only.
  }
}

/** Local mode has no sign-in: `?as=someone@example.org` picks whose plans to show, else all. */
function asParameter(): Person | undefined {
  const as = new URLSearchParams(window.location.search).get('as')?.trim();
  return as ? { name: as, email: as } : undefined;
}

async function localUser(): Promise<Person> {
  return asParameter() ?? { name: 'the local user' };
}

async function main(): Promise<void> {
  const element = document.getElementById('root');
  if (!element) return;
  const root = createRoot(element);
  const host = await connectToHost({
    framed: window.parent !== window,
    localUser,
    onThemeChange: (theme) =>
      window.dispatchEvent(new CustomEvent('smart-plans-theme', { detail: theme })),
  });
  let connection;
  try {
    connection = await connectTab(host, asParameter());
  } catch (err) {
    root.render(<p role="alert">{err instanceof Error ? err.message : String(err)}</p>);
    return;
  }
  const store = connection.store;
  // Who is asking: the signed-in person (token or Graph /me), never the Teams context. When
  // sign-in fails here, the views say so as they load.
  const me = await connection.whoAmI().catch(() => undefined);
  const book = new DraftBook(browserStorage());
  const onSaved = new Set<(saved: Saved) => void>();
  const sync = new DraftSync(store, book, {
    isOnline: () => navigator.onLine,
    onSaved: (saved) => onSaved.forEach((listener) => listener(saved)),
  });
  sync.start(window);
  const houseRules = new HouseRulesStore(store, { cache: browserStorage() });
  const services: TabServices = {
    store,
    book,
    sync,
    host,
    me,
    today: localToday(),
    onSaved,
    houseRules,
  };
  const initialRoute: Route | undefined =
    host.frame === 'settings' ? { view: 'config' } : routeFromSubPage(host.subPageId);
  root.render(<App services={services} initialRoute={initialRoute} />);
}

void main();
