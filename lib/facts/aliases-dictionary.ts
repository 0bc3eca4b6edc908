/**
 * Common-word lists for the `ambiguous` alias flag: the stems of the hunspell dictionaries
 * of the five page languages (npm dictionary-{it,en,fr,de,es}). Affixes are not expanded: a
 * stem is enough to say that "meta", "intesa" or "shell" is an ordinary word somewhere.
 * Capitalised stems (first names, cities, rivers: "Leonardo", "Amazon") count too.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from './build/paths';

export const DICTIONARY_LANGS = ['it', 'en', 'fr', 'de', 'es'] as const;

export interface WordLists {
  /** Lower-cased stem -> languages whose dictionary has it. */
  words: Map<string, Set<string>>;
  /** Lower-cased stems that appear in lower case (ordinary words, not only proper names). */
  commonLower: Set<string>;
}

/** Parses a hunspell .dic: first line is a count, then `stem[/flags][ morph...]`. */
export function parseDic(text: string, lang: string, into: WordLists): void {
  const lines = text.split(/\r?\n/);
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!;
    if (!line || line.startsWith('/') || line.startsWith('#')) continue;
    const stem = line.split(/[/\t ]/, 1)[0]!;
    if (!stem) continue;
    const lower = stem.toLowerCase();
    let langs = into.words.get(lower);
    if (!langs) into.words.set(lower, (langs = new Set()));
    langs.add(lang);
    if (stem === lower) into.commonLower.add(lower);
  }
}

let cached: WordLists | undefined;

/** Loads the five dictionaries from node_modules (build time only). */
export function loadWordLists(): WordLists {
  if (cached) return cached;
  const lists: WordLists = { words: new Map(), commonLower: new Set() };
  const root = projectRoot();
  for (const lang of DICTIONARY_LANGS) {
    parseDic(readFileSync(join(root, 'node_modules', `dictionary-${lang}`, 'index.dic'), 'utf8'), lang, lists);
  }
  cached = lists;
  return lists;
}
