/** Teams' theme names to Fluent UI v9 themes. */
import {
  teamsDarkTheme,
  teamsHighContrastTheme,
  teamsLightTheme,
  type Theme,
} from '@fluentui/react-components';

export type HostTheme = 'default' | 'dark' | 'contrast';

/** Teams says "default", "dark" or "contrast" (newer hosts also "glass", shown as light). */
export function hostTheme(name: string | undefined | null): HostTheme {
  return name === 'dark' || name === 'contrast' ? name : 'default';
}

export function fluentTheme(name: HostTheme): Theme {
  return { default: teamsLightTheme, dark: teamsDarkTheme, contrast: teamsHighContrastTheme }[name];
}
