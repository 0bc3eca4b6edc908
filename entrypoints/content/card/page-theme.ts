/** Read the page's background and the system preference to pick the card theme. */
import { chooseTheme, type CardTheme } from '../../../lib/card/theme';
import type { Theme } from '../../../lib/settings/defaults';

export function detectTheme(setting: Theme): CardTheme {
  if (setting !== 'auto') return setting;
  const backgrounds: string[] = [];
  for (const el of [document.body, document.documentElement]) {
    if (el) backgrounds.push(getComputedStyle(el).backgroundColor);
  }
  const systemDark = typeof matchMedia === 'function' && matchMedia('(prefers-color-scheme: dark)').matches;
  return chooseTheme(setting, backgrounds, systemDark);
}
