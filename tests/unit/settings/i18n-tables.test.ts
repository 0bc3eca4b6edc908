/**
 * The popup and options message tables: every translation keeps the placeholders of the English
 * reference (a missing {count} would show a sentence without its number) and is not empty.
 */
import { describe, expect, it } from 'vitest';
import { UI_LANGUAGES } from '../../../lib/i18n/core';
import { OPTIONS_MESSAGES } from '../../../lib/i18n/options';
import { POPUP_MESSAGES } from '../../../lib/i18n/popup';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe.each([
  ['popup', POPUP_MESSAGES],
  ['options', OPTIONS_MESSAGES],
] as const)('%s messages', (_name, table) => {
  it.each(UI_LANGUAGES.filter((l) => l !== 'en'))('%s keeps every placeholder of English', (lang) => {
    const en = table.en as Record<string, string>;
    const other = table[lang] as Record<string, string>;
    for (const key of Object.keys(en)) {
      expect(other[key]?.trim(), `${lang}.${key}`).toBeTruthy();
      expect(placeholders(other[key]!), `${lang}.${key}`).toEqual(placeholders(en[key]!));
    }
  });

  it.each(UI_LANGUAGES.filter((l) => l !== 'en'))('%s is complete (no English left in it)', (lang) => {
    const en = table.en as Record<string, string>;
    const other = table[lang] as Record<string, string>;
    // Words that are spelt the same in both languages.
    const SAME = new Set(['Database', 'Version', 'Organisations']);
    const left = Object.keys(en).filter((k) => other[k] === en[k] && /[a-z]{4,}/i.test(en[k]!.replace(/\{\w+\}/g, '')) && !SAME.has(en[k]!));
    expect(left).toEqual([]);
  });
});
