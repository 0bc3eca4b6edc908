/**
 * parseFigures: find money figures in text. One pass over anchors (digits and the first letters
 * of long scale words), each parsed locally (expression.ts); then the links a reader makes
 * (links.ts) and the sentence-level decisions (resolve.ts).
 */
import { nextAnchor } from './anchors.ts';
import { exprAtDigit, exprAtScaleWord, type Expr } from './expression.ts';
import { complete, partner, share, writtenLowEnd } from './links.ts';
import { langInfo } from './locale.ts';
import { mayFollowOfWhich, wordBefore } from './look-back.ts';
import { isDigit } from './number.ts';
import { type Candidate, resolve } from './resolve.ts';
import { sentenceAt } from './sentence.ts';
import type { Figure, ParseOptions } from './types.ts';
import { OF_WHICH_RE, YEAR_WORDS } from './words.ts';

export { nextAnchor } from './anchors.ts';

/** Last words of the "di cui" phrases (OF_WHICH_RE), checked before the expression. */
const OF_WHICH_LAST: ReadonlySet<string> = new Set(
  'cui which including dont davon cuales ellos circa about environ rund etwa unos unas'.split(' '),
);

const YEAR_MIN = 1800;
const YEAR_MAX = 2199;

/** "nel 2025 euro...", "seit 2002 Euro-Bargeld": a year after a date word, not an amount. */
function isDatedYear(text: string, x: Expr): boolean {
  if (!x.digitsOnly || x.hasScale || x.start !== x.numStart) return false;
  if (!Number.isInteger(x.value) || x.value < YEAR_MIN || x.value > YEAR_MAX) return false;
  return YEAR_WORDS.has(wordBefore(text, x.start));
}

function isYear(x: Expr): boolean {
  return x.plain && Number.isInteger(x.value) && x.value >= YEAR_MIN && x.value <= YEAR_MAX;
}

export function parseFigures(text: string, options: ParseOptions = {}): Figure[] {
  const info = langInfo(options.lang);
  const out: Candidate[] = [];
  let next = 0;
  for (let p = nextAnchor(text, 0); p >= 0; p = nextAnchor(text, next)) {
    // Past the anchor: one digit, or the "mil"/"bill"/"tril" that was spotted.
    next = isDigit(text.charCodeAt(p)) ? p + 1 : p + 4;
    let a: Expr | null;
    if (isDigit(text.charCodeAt(p))) {
      const r = exprAtDigit(text, p, info);
      if (!r) continue;
      if ('skip' in r) {
        next = Math.max(r.skip, p + 1);
        continue;
      }
      a = r;
    } else {
      a = exprAtScaleWord(text, p, info);
      if (!a) continue;
      const low = writtenLowEnd(text, a);
      if (low) {
        out.push({ x: low, kind: 'range_low', needsContext: !low.hasCurrency });
        next = Math.max(a.end, p + 1);
        out.push({ x: a, kind: 'range_high', needsContext: !a.hasCurrency });
        continue;
      }
    }
    next = Math.max(a.end, p + 1);
    // Only a year followed by a currency word could be mistaken for money.
    if (a.hasCurrency && isDatedYear(text, a)) continue;
    const pair = partner(text, a, info);
    if (pair && !(isYear(a) && !complete(a))) {
      const { b, range } = pair;
      share(a, b);
      if (complete(a) || complete(b)) {
        out.push({ x: a, kind: range ? 'range_low' : 'total', needsContext: !a.hasCurrency });
        out.push({ x: b, kind: range ? 'range_high' : 'total', needsContext: !b.hasCurrency });
        next = Math.max(b.end, next);
        continue;
      }
    }
    if (a.hasCurrency) out.push({ x: a, kind: 'total', needsContext: false });
    else if (a.hasScale && !a.weakScale) out.push({ x: a, kind: 'total', needsContext: true });
    else if (!a.hasScale && mayFollowOfWhich(text, a.start) && OF_WHICH_LAST.has(wordBefore(text, a.start)) &&
      OF_WHICH_RE.test(text.slice(Math.max(0, a.start - 40), a.start))) {
      inheritFromPrevious(text, a, out);
    }
  }
  return resolve(text, out);
}

/** "di cui 14": a bare number takes the scale and currency of the figure before it. */
function inheritFromPrevious(text: string, a: Expr, out: Candidate[]): void {
  const prev = out[out.length - 1];
  if (!prev || !prev.x.hasCurrency) return;
  if (sentenceAt(text, a.start).start > prev.x.start) return;
  a.exp = prev.x.exp;
  a.hasScale = prev.x.hasScale;
  a.currency = prev.x.currency;
  a.hasCurrency = true;
  out.push({ x: a, kind: 'total', needsContext: false });
}
