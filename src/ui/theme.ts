/** Maps a host's theme to a Fluent UI v9 theme. Hosts decide the kind; this picks the tokens. */
import {
  teamsHighContrastTheme,
  webDarkTheme,
  webLightTheme,
  type Theme,
} from '@fluentui/react-components';

export type ThemeKind = 'light' | 'dark' | 'highContrast';

export function fluentTheme(kind: ThemeKind): Theme {
  if (kind === 'highContrast') return teamsHighContrastTheme;
  return kind === 'dark' ? webDarkTheme : webLightTheme;
}

/** Relative luminance of "#rrggbb" (0 black .. 1 white); null when it cannot be read. */
export function luminance(colour: string | undefined): number | null {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec((colour ?? '').trim());
  if (!m) return null;
  const [r, g, b] = m.slice(1).map((h) => {
    const c = parseInt(h, 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** True when the operating system forces colours (Windows high contrast). */
export function forcedColours(): boolean {
  return typeof window !== 'undefined' && !!window.matchMedia?.('(forced-colors: active)').matches;
}

/** The browser's own preference, for pages with no host theme (the playground). */
export function browserThemeKind(): ThemeKind {
  if (forcedColours()) return 'highContrast';
  return typeof window !== 'undefined' &&
    window.matchMedia?.('(prefers-color-scheme: dark)').matches
    ? 'dark'
    : 'light';
}
