/**
 * Reads Office's theme (Office.context.officeTheme) as light, dark or high contrast. High
 * contrast comes from the operating system (forced colours), which Office follows too.
 */
import { forcedColours, luminance, type ThemeKind } from '../ui/theme';

/** The parts of Office.OfficeTheme we read; all optional because hosts differ. */
export interface OfficeThemeLike {
  bodyBackgroundColor?: string;
  bodyForegroundColor?: string;
  isDarkTheme?: boolean;
}

export function officeThemeKind(
  theme: OfficeThemeLike | undefined,
  highContrast = forcedColours(),
): ThemeKind {
  if (highContrast) return 'highContrast';
  if (!theme) return 'light';
  const background = luminance(theme.bodyBackgroundColor);
  if (typeof theme.isDarkTheme === 'boolean') return theme.isDarkTheme ? 'dark' : 'light';
  return background !== null && background < 0.2 ? 'dark' : 'light';
}
