/**
 * German nouns that say what a company is or does, written as one word with what comes before
 * them ("Drogeriemarktkette", "Modekonzern", "Versicherungskonzern"). Three parts of the engine
 * read them, each for its own job; one table with a role per noun keeps the three from drifting
 * apart (they had been three hand-kept lists in rules.ts, cues.ts and the fact build).
 *
 * Roles:
 * - `brand`: the compound names the company written after it, even in lower case ("die
 *   Drogeriemarktkette dm", "der Onlinehändler otto"), as "il marchio smart" does (rules.ts).
 * - `cue`: the noun anywhere inside a word is a company cue ("Aktienkurs", "Gewinnziel",
 *   "Umsatzplus"); business words that are no trade's name belong here too (cues.ts).
 * - `descriptor`: a compound on the noun before another of an organisation's names is the press's
 *   description, not part of the name ("Drogeriekette Rossmann"): the fact build drops such an
 *   alias (lib/facts/build/compile.ts).
 * - `word`: the noun alone, capitalised, is such a description too ("Kanzlei Baker McKenzie").
 */
type Role = 'brand' | 'cue' | 'descriptor' | 'word';

const HEADS: ReadonlyArray<readonly [string, ReadonlyArray<Role>]> = [
  ['kette', ['brand', 'cue', 'descriptor']],
  ['konzern', ['brand', 'cue', 'descriptor', 'word']],
  ['händler', ['brand', 'cue', 'descriptor']],
  ['hersteller', ['brand', 'cue', 'descriptor']],
  ['marke', ['brand', 'descriptor', 'word']],
  ['gruppe', ['brand', 'cue', 'descriptor', 'word']],
  ['unternehmen', ['brand', 'cue']],
  ['discounter', ['brand']],
  ['filialist', ['brand']],
  ['versicherer', ['cue', 'descriptor']],
  ['autobauer', ['cue']],
  ['geldhaus', ['cue']],
  ['sparte', ['cue']],
  ['aktie', ['cue']],
  ['aktionär', ['cue']],
  ['börse', ['cue']],
  ['gewinn', ['cue']],
  ['umsatz', ['cue']],
  ['vorstand', ['cue']],
  ['übernahme', ['cue']],
  ['kanzlei', ['descriptor', 'word']],
  ['gewerkschaft', ['descriptor', 'word']],
  ['sender', ['descriptor', 'word']],
  ['verlag', ['descriptor', 'word']],
  ['bauer', ['descriptor']],
  ['riese', ['descriptor']],
  ['spezialist', ['descriptor']],
  ['flieger', ['descriptor']],
  ['agentur', ['descriptor']],
  ['firma', ['word']],
  ['brauerei', ['descriptor', 'word']],
  ['bank', ['word']],
];

function heads(role: Role): string[] {
  return HEADS.filter(([, roles]) => roles.includes(role)).map(([head]) => head);
}

const capitalised = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);

/** A lower-case word ending in a `brand` noun after at least three letters ("drogeriemarktkette"). */
export const GERMAN_BRAND_COMPOUND_RE = new RegExp(`\\p{L}{3}(?:${heads('brand').join('|')})$`, 'u');

/** The `cue` nouns as a regex alternation, to be found inside any word (case-insensitively). */
export const GERMAN_CUE_STEMS = heads('cue').join('|');

/** A capitalised word that describes an organisation: a `word` noun, or a compound on a `descriptor` noun. */
export const GERMAN_DESCRIPTOR_RE = new RegExp(`^(?:${heads('word').map(capitalised).join('|')}|\\p{Lu}\\p{Ll}{2,}(?:${heads('descriptor').join('|')}))$`, 'u');
