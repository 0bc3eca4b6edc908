/** The theme actually shown: the setting, or the system's scheme when the setting is 'auto'. */
import type { Theme } from '../../lib/settings/defaults';

export function resolveTheme(setting: Theme, prefersDark: boolean): 'light' | 'dark' {
  if (setting === 'auto') return prefersDark ? 'dark' : 'light';
  return setting;
}
