/**
 * Alias flags packed into small integers for the compiled index (one number per terminal ref).
 * F_CASE..F_TICKER, F_OWNER_CONTEXT, F_PLACE, F_PRESS_ONLY, F_AFTER_CONTRACTION and the press bits mirror AliasFlags in lib/facts/schema.ts; the rest are set by the compiler.
 */
import type { AliasFlags } from '../facts/schema';

export const F_CASE = 1; // caseSensitive
export const F_AMBIGUOUS = 2; // a common word: capitalisation, a cue or the document must back it
export const F_NEEDS_CONTEXT = 4; // capitalisation is not enough (cities, first names)
export const F_NICKNAME = 8;
export const F_SURNAME = 16;
export const F_TICKER = 32;
/** Generated form (German inflection, accent-free spelling): never counts as document evidence. */
export const F_VARIANT = 64;
/** A phrase that must never be reported (regulators, public bodies): consumes the span. */
export const F_BLOCK = 128;
/** The alias is an acronym-like all-caps token (≤ 5 letters): upper case required. */
export const F_ACRONYM = 256;
/** AliasFlags.ownerContext: a listed brand named by an ordinary word needs its owner in the text. */
export const F_OWNER_CONTEXT = 512;
/**
 * Set by the compiler: a nationality adjective ("Norwegian") or a business term ("ESG", "CDA")
 * as a name: only the company or its people named plainly in the document back it.
 */
export const F_DOCUMENT_ONLY = 32768;
/** AliasFlags.place: a brand named like a town ("Fabriano", "Derby"): its capital proves nothing. */
export const F_PLACE = 65536;
/**
 * AliasFlags.pressOnly: the alias names the entity only on pages in its press languages: "Zurich"
 * is the insurer in German, Italian and Spanish news, where the city is Zürich, Zurigo, Zúrich,
 * and the city in English and French news.
 */
export const F_PRESS_ONLY = 131072;
/** AliasFlags.afterContraction: "Monde" of Le Monde, only after "au", "du" (judge.ts). */
export const F_AFTER_CONTRACTION = 262144;
/** AliasFlags.press: one bit per language whose press means this entity by a shared alias. */
const PRESS_LANGS = ['it', 'en', 'fr', 'de', 'es'] as const;
type PressLang = (typeof PRESS_LANGS)[number];
const F_PRESS_FIRST = 1024;
const pressBit = (i: number) => F_PRESS_FIRST << i;

/** Whether the alias's press languages include `lang` (false when it names none). */
export function pressMeans(bits: number, lang: string | undefined): boolean {
  const i = PRESS_LANGS.indexOf(lang as PressLang);
  return i >= 0 && (bits & pressBit(i)) !== 0;
}

export function packFlags(f: AliasFlags | undefined): number {
  if (!f) return 0;
  return (
    (f.caseSensitive ? F_CASE : 0) |
    (f.ambiguous ? F_AMBIGUOUS : 0) |
    (f.needsContext ? F_NEEDS_CONTEXT : 0) |
    (f.nickname ? F_NICKNAME : 0) |
    (f.surname ? F_SURNAME : 0) |
    (f.ticker ? F_TICKER : 0) |
    (f.ownerContext ? F_OWNER_CONTEXT : 0) |
    (f.place ? F_PLACE : 0) |
    (f.pressOnly ? F_PRESS_ONLY : 0) |
    (f.afterContraction ? F_AFTER_CONTRACTION : 0) |
    (f.press ?? []).reduce((bits, lang) => bits | pressBit(PRESS_LANGS.indexOf(lang)), 0)
  );
}

/** The inverse of packFlags (compiler-set bits are dropped). */
export function unpackFlags(bits: number): AliasFlags {
  const f: AliasFlags = {};
  if (bits & F_CASE) f.caseSensitive = true;
  if (bits & F_AMBIGUOUS) f.ambiguous = true;
  if (bits & F_NEEDS_CONTEXT) f.needsContext = true;
  if (bits & F_NICKNAME) f.nickname = true;
  if (bits & F_SURNAME) f.surname = true;
  if (bits & F_TICKER) f.ticker = true;
  if (bits & F_OWNER_CONTEXT) f.ownerContext = true;
  if (bits & F_PLACE) f.place = true;
  if (bits & F_PRESS_ONLY) f.pressOnly = true;
  if (bits & F_AFTER_CONTRACTION) f.afterContraction = true;
  const press = PRESS_LANGS.filter((_, i) => bits & pressBit(i));
  if (press.length > 0) f.press = press;
  return f;
}

/** Flags that mean "this alias alone does not prove the entity". */
export const WEAK = F_AMBIGUOUS | F_NEEDS_CONTEXT | F_NICKNAME | F_SURNAME | F_TICKER | F_VARIANT;
