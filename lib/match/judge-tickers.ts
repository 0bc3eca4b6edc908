/**
 * The ticker rules: judgeRef's verdict (judge.ts) on a ticker alias ("UBS", "IAG") that the rules
 * for every ref let through. No rule after them is asked: a ticker is a mention after a ticker's
 * context ("Nasdaq:"), never in a line set in capitals, and otherwise only where the company is
 * named plainly or the ticker is its own short name.
 */
import type { MatchIndex } from './load-index';
import { tickerContextBefore } from './context';
import { strongIn, style, type DocState, type Judge, type RefState } from './judge';

/**
 * Standalone ticker that is the company's own short name: "UBS" of UBS Group, "KKR", or the
 * initials of its name ("IAG" of International Airlines Group).
 */
function tickerIsName(ix: MatchIndex, entity: number, ticker: string): boolean {
  const name = ix.entity(entity).name;
  const upper = ticker.toUpperCase(); // the Italian press writes "Kkr", "Mps"
  if (name.toUpperCase() === upper || (name.startsWith(ticker) && !/\p{Ll}/u.test(name.charAt(ticker.length)))) return true;
  const initials = name.split(/[\s-]+/).filter((w) => !/^(of|and|&|the|de|di|y)$/i.test(w)).map((w) => w.charAt(0)).join('');
  return initials.length >= 3 && initials.toUpperCase() === upper;
}

/** A ticker alias's verdict. */
export function tickerVerdict(j: Judge, doc: DocState, r: RefState): boolean | null {
  const { text, ix } = j;
  const { c, entity, aliasText } = r;
  if (tickerContextBefore(text, c.start)) return false;
  if (style(j, c.start).allCaps) return null;
  return strongIn(j, doc, entity) || tickerIsName(ix, entity, aliasText) ? false : null;
}
