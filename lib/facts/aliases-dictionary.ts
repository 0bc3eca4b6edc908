/**
 * Common-word lists for the `ambiguous` alias flag: the stems of the hunspell dictionaries
 * of the five page languages (npm dictionary-{it,en,fr,de,es}). Affixes are not expanded: a
 * stem is enough to say that "meta", "intesa" or "shell" is an ordinary word somewhere.
 * Capitalised stems count only from the Italian and Spanish lists, which hold first names and
 * places ("Leonardo", "Santander", "Mercedes") and few brands; the English, French and German
 * lists also carry brands as proper nouns ("Microsoft", "Boeing"), which must not be flagged.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from './build/paths';

export const DICTIONARY_LANGS = ['it', 'en', 'fr', 'de', 'es'] as const;

/** Languages whose capitalised stems are first names and places rather than brands. */
export const NAME_LIST_LANGS: ReadonlySet<string> = new Set(['it', 'es']);

export interface WordLists {
  /** Stems written in lower case in any of the five dictionaries: ordinary words. */
  common: Set<string>;
  /** Lower-cased capitalised stems of the it/es dictionaries: first names and places. */
  names: Set<string>;
  /** Lower-cased capitalised stems of all five dictionaries (also "European", "Microsoft"). */
  proper?: Set<string>;
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
    if (stem === lower) into.common.add(lower);
    else {
      if (NAME_LIST_LANGS.has(lang)) into.names.add(lower);
      into.proper?.add(lower);
    }
  }
}

let cached: WordLists | undefined;

/** Loads the five dictionaries from node_modules (build time only). */
export function loadWordLists(): WordLists {
  if (cached) return cached;
  const lists: WordLists = { common: new Set(), names: new Set(), proper: new Set() };
  const root = projectRoot();
  for (const lang of DICTIONARY_LANGS) {
    parseDic(readFileSync(join(root, 'node_modules', `dictionary-${lang}`, 'index.dic'), 'utf8'), lang, lists);
  }
  cached = lists;
  return lists;
}
