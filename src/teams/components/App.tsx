import { FluentProvider, makeStyles, mergeClasses, Text, tokens } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { parseRoute, routeHash, type Route } from '../../plans/tab-routes';
import { fluentTheme, type HostTheme } from '../theme';
import { ConfigView } from './ConfigView';
import { NotInTeamsBanner } from './NotInTeamsBanner';
import { PlansView } from './PlansView';
import { PlanView } from './PlanView';
import { ServicesProvider, useDrafts, type TabServices } from './services';
import { SettingsView } from './SettingsView';
import { SupervisorView } from './SupervisorView';

const useStyles = makeStyles({
  root: {
    minHeight: '100vh',
    padding: tokens.spacingHorizontalL,
    boxSizing: 'border-box',
    backgroundColor: tokens.colorNeutralBackground2,
    // The meeting side panel is 320 px wide: every pixel of margin is a pixel less for the plan.
    '@media (max-width: 479px)': { padding: tokens.spacingHorizontalS },
  },
  compact: { padding: tokens.spacingHorizontalS },
  nav: { marginBottom: tokens.spacingVerticalM },
  // The views are pages at their own address, so the navigation is links (aria-current marks
  // the one shown), laid out as tabs that wrap on the narrow side panel.
  navList: {
    display: 'flex',
    flexWrap: 'wrap',
    columnGap: tokens.spacingHorizontalXS,
    margin: 0,
    padding: 0,
    listStyleType: 'none',
  },
  navLink: {
    display: 'inline-block',
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    color: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    textDecorationLine: 'none',
    borderBottom: `${tokens.strokeWidthThicker} solid transparent`,
    borderRadius: tokens.borderRadiusMedium,
    ':hover': {
      color: tokens.colorNeutralForeground1,
      backgroundColor: tokens.colorSubtleBackgroundHover,
    },
    ':focus-visible': {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
    },
  },
  navCurrent: {
    color: tokens.colorNeutralForeground1,
    fontWeight: tokens.fontWeightSemibold,
    borderBottomColor: tokens.colorCompoundBrandStroke,
  },
  heading: {
    margin: `${tokens.spacingVerticalM} 0 ${tokens.spacingVerticalS} 0`,
    fontSize: tokens.fontSizeBase500,
  },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1 },
});

/** The views in the tab's navigation; "House rules" is the organisation's settings page. */
type NavView = 'plans' | 'supervisor' | 'settings';
const NAV: { value: NavView; label: string }[] = [
  { value: 'plans', label: 'Plans' },
  { value: 'supervisor', label: 'Supervision' },
  { value: 'settings', label: 'House rules' },
];

function useRoute(initial: Route | undefined): Route {
  const [route, setRoute] = useState<Route>(() => {
    // A Teams deep link (subPageId) or the settings frame decides the first view.
    if (initial) window.history.replaceState(null, '', routeHash(initial));
    return parseRoute(window.location.hash);
  });
  useEffect(() => {
    const onHash = () => setRoute(parseRoute(window.location.hash));
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  return route;
}

/** A plain-words count of changes not yet in the plan store, for the whole tab. */
function PendingSummary({ persistent }: { persistent: boolean }) {
  const styles = useStyles();
  const drafts = useDrafts();
  const waiting = drafts.filter((d) => d.state === 'queued').length;
  const conflicts = drafts.filter((d) => d.state === 'conflict').length;
  const parts: string[] = [];
  if (waiting) parts.push(`${waiting} change${waiting === 1 ? '' : 's'} waiting to be saved`);
  if (conflicts) parts.push(`${conflicts} conflict${conflicts === 1 ? '' : 's'} to resolve`);
  if (!persistent)
    parts.push('this browser is not keeping unsaved changes, so save before you close it');
  return (
    <Text role="status" className={styles.warning} data-testid="pending-summary">
      {parts.length ? `${parts.join('; ')}.` : ''}
    </Text>
  );
}

export function App({ services, initialRoute }: { services: TabServices; initialRoute?: Route }) {
  const styles = useStyles();
  const [theme, setTheme] = useState<HostTheme>(services.host.theme);
  const route = useRoute(initialRoute);
  const compact = services.host.frame === 'sidePanel';

  useEffect(() => {
    const onTheme = (e: Event) => setTheme((e as CustomEvent<HostTheme>).detail);
    window.addEventListener('smart-plans-theme', onTheme);
    return () => window.removeEventListener('smart-plans-theme', onTheme);
  }, []);

  const selected: NavView =
    route.view === 'supervisor' || route.view === 'settings' ? route.view : 'plans';
  return (
    <FluentProvider
      theme={fluentTheme(theme)}
      className={compact ? `${styles.root} ${styles.compact}` : styles.root}
    >
      <ServicesProvider value={services}>
        <header>
          <NotInTeamsBanner host={services.host} />
          <h1 className={styles.heading}>SMART Plans</h1>
          {route.view !== 'config' && (
            <nav aria-label="SMART Plans" className={styles.nav}>
              <ul className={styles.navList}>
                {NAV.map((n) => (
                  <li key={n.value}>
                    <a
                      href={routeHash({ view: n.value })}
                      aria-current={n.value === selected ? 'page' : undefined}
                      className={mergeClasses(
                        styles.navLink,
                        n.value === selected && styles.navCurrent,
                      )}
                    >
                      {n.label}
                    </a>
                  </li>
                ))}
              </ul>
            </nav>
          )}
          <PendingSummary persistent={services.book.persistent} />
        </header>
        <main>
          {route.view === 'plans' && <PlansView />}
          {route.view === 'plan' && <PlanView key={route.planId} planId={route.planId} />}
          {route.view === 'supervisor' && <SupervisorView />}
          {route.view === 'settings' && <SettingsView />}
          {route.view === 'config' && <ConfigView />}
        </main>
      </ServicesProvider>
    </FluentProvider>
  );
}
