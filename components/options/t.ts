/** The options page's message lookup for one language. */
import { format, type Lang } from '../../lib/i18n/core';
import { OPTIONS_MESSAGES, type OptionsMessageKey } from '../../lib/i18n/options';

export type T = (key: OptionsMessageKey, vars?: Record<string, string | number>) => string;

export function makeT(lang: Lang): T {
  return (key, vars) => format(OPTIONS_MESSAGES, lang, key, vars);
}
