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

  it('Italian is complete (no English left in it)', () => {
    const same = Object.keys(table.en).filter((k) => {
      const key = k as keyof typeof table.en;
      return table.it[key] === table.en[key] && /[a-z]{4,}/i.test(table.en[key].replace(/\{\w+\}/g, ''));
    });
    // Words that are the same in both languages.
    expect(same.filter((k) => !['section_database', 'db_line'].includes(k))).toEqual([]);
  });
});
