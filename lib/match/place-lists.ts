/**
 * Where a one-word name that needs context is a town, whatever backs the company of its name: a
 * dateline, a row of towns.
 */
import type { PositionSet } from './positions';

/** "VENEZIA – Il gruppo SAVE", "NICE – Quatre ans après": a town opening a line before a dash. */
export function datelineAt(text: string, start: number, end: number): boolean {
  if (start > 0 && text.charCodeAt(start - 1) !== 10) return false;
  return /^[ \u00a0]*[–—-][ \u00a0]/u.test(text.slice(end, end + 4));
}

const LIST_LINK_BEFORE_RE = /(?<![\p{L}\p{N}])(\p{Lu}\p{Ll}+)(?:,[ \u00a0]+|[ \u00a0]+(?:e|ed|y|et|and|und)[ \u00a0]+)$/u;
const LIST_LINK_AFTER_RE = /^(?:,[ \u00a0]+|[ \u00a0]+(?:e|ed|y|et|and|und)[ \u00a0]+)(\p{Lu}\p{Ll}+)(?![\p{L}\p{N}])/u;

/**
 * "gli scali di Venezia, Treviso, Verona e Brescia", "in Graz, Linz und Salzburg", "tra Roma, Napoli
 * e Venezia": one of three or more capitalised words in a row, one of them at least a name the
 * index does not know, is a town in a list of towns ("Ferrero, Barilla e Lavazza" are all known
 * names, and stay companies; "Swisscom, Sunrise e Salt" has a name the index holds without doubt,
 * and is a row of companies; only a name that needs context is asked). `othersAllUnknown` asks it
 * of any one-word name: a town when the row's other words are names the index does not know at all
 * ("en Antofagasta, Concepción y Temuco").
 */
const LOCATIVE_BEFORE_RE = /(?:^|[^\p{L}])(?:en|in|a|à|nach|aus|da|di|de|from|to|im|nei|negli|dans)[ \u00a0]+$/iu;

export function inTownList(text: string, start: number, end: number, known: PositionSet, plain: (start: number) => boolean, othersAllUnknown = false): boolean {
  let items = 1;
  let unknown = 0;
  let first = start;
  for (let pos = start, k = 0; k < 6; k++) {
    const m = LIST_LINK_BEFORE_RE.exec(text.slice(Math.max(0, pos - 40), pos));
    if (!m) break;
    pos -= m[0].length;
    if (plain(pos) || plainBefore(text, pos, plain)) return false;
    items++;
    if (!known.has(pos)) unknown++;
    first = pos;
  }
  // A name the data holds without doubt is a town only in a row a locative opens ("en Antofagasta,
  // Concepción y Temuco"), not in any row of unknown words ("Antofagasta, Sigdo Koppers y Quiñenco").
  if (othersAllUnknown && !LOCATIVE_BEFORE_RE.test(text.slice(Math.max(0, first - 12), first))) return false;
  for (let pos = end, k = 0; k < 6; k++) {
    const m = LIST_LINK_AFTER_RE.exec(text.slice(pos, pos + 40));
    if (!m) break;
    const at = pos + m[0].length - m[1]!.length;
    if (plain(at)) return false;
    items++;
    if (!known.has(at)) unknown++;
    pos = at + m[1]!.length;
  }
  return items >= 3 && (othersAllUnknown ? unknown === items - 1 : unknown >= 1);
}

/** "Vodafone Italia, Sunrise et Salt": the row's word ends a name the index holds without doubt. */
function plainBefore(text: string, pos: number, plain: (start: number) => boolean): boolean {
  const m = /(?<![\p{L}\p{N}])\p{Lu}[\p{L}\p{N}]*[ \u00a0]+$/u.exec(text.slice(Math.max(0, pos - 30), pos));
  return !!m && plain(pos - m[0].length);
}
