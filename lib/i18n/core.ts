/**
 * Interface language: the options' choice, or the browser's language when set to 'auto'.
 * Each area keeps its own message table (lib/i18n/<area>.ts) typed against the English one.
 */
import type { UiLanguage } from '../settings/defaults';

export const UI_LANGUAGES = ['en', 'it', 'fr', 'de', 'es'] as const;
export type Lang = (typeof UI_LANGUAGES)[number];

/** Resolve the setting against the browser language list (navigator.languages). */
export function resolveLang(setting: UiLanguage, browserLanguages: readonly string[]): Lang {
  if (setting !== 'auto') return setting;
  for (const tag of browserLanguages) {
    const base = tag.toLowerCase().split('-')[0] as Lang;
    if ((UI_LANGUAGES as readonly string[]).includes(base)) return base;
  }
  return 'en';
}

/** A message table: every language has every key of the English table. */
export type Messages<K extends string> = Record<Lang, Record<K, string>>;

/** Look up a message and fill `{name}` placeholders. */
export function format<K extends string>(table: Messages<K>, lang: Lang, key: K, vars: Record<string, string | number> = {}): string {
  const template = table[lang][key] ?? table.en[key];
  return template.replace(/\{(\w+)\}/g, (_, name: string) => String(vars[name] ?? `{${name}}`));
}
