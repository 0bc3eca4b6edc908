/**
 * Local evidence around a candidate, read from small windows of the text (never the whole text):
 * sentence starts, headline lines (Title Case, ALL CAPS), company cues, titles, tickers.
 */
import * as fold from './fold';
import { cueRegexes, PERSON_TITLES, TICKER_CONTEXT } from './cues';

// Local copies: under tsx (CLI, bench) imported bindings are getters, a call per character.
const charClass = fold.charClass;
const CLS_LOWER = fold.CLS_LOWER;
const CLS_SPACE = fold.CLS_SPACE;
const CLS_UPPER = fold.CLS_UPPER;
const CLS_WORD = fold.CLS_WORD;

/** How far around a candidate a company cue may sit (UTF-16 units, about a dozen words). */
const CUE_WINDOW = 90;
/** Longer lines are running text, not headlines (UTF-16 units). */
const HEADLINE_MAX_UNITS = 300;
const TITLE_CASE_SHARE = 0.75;
const TITLE_CASE_MIN_WORDS = 3;
const SENTENCE_END = new Set('.!?…:;\n\r|•'.split('').map((c) => c.charCodeAt(0)));
/** Opening punctuation skipped when looking back for a sentence start. */
const OPENERS = new Set('"\'“”„«»‘’‹›([{¿¡-–—*#>'.split('').map((c) => c.charCodeAt(0)));

export function isUpperStart(text: string, start: number): boolean {
  return (charClass(text.charCodeAt(start)) & CLS_UPPER) !== 0;
}

/** Does the sentence (or line, or quoted phrase) start at this word? */
export function atSentenceStart(text: string, start: number): boolean {
  let i = start - 1;
  let dash = false;
  while (i >= 0) {
    const c = text.charCodeAt(i);
    if (SENTENCE_END.has(c)) return true;
    if (charClass(c) & CLS_SPACE || OPENERS.has(c)) {
      if (c === 0x2013 || c === 0x2014 || c === 45) dash = true;
      i--;
      continue;
    }
    return dash && afterDateline(text, i);
  }
  return true;
}

/** Longest dateline before the dash: "BRUXELLES", "SAN JOSÉ (Costa Rica)", "MILANO, 4 dicembre". */
const DATELINE_MAX_UNITS = 40;

/**
 * "BRUXELLES – Premier assureur du pays": the line opens with a place in capitals and a dash, so
 * the word after the dash opens the sentence. `end` is the dateline's last character.
 */
function afterDateline(text: string, end: number): boolean {
  let a = end;
  let upper = 0;
  while (a >= 0 && text.charCodeAt(a) !== 10) {
    if (end - a >= DATELINE_MAX_UNITS) return false;
    const k = charClass(text.charCodeAt(a));
    if (k & CLS_UPPER) upper++;
    a--;
  }
  // Capitals before any lower-case letter of the place: "MILANO, 4 dicembre" has a month after it.
  const line = text.slice(a + 1, end + 1);
  return upper >= 3 && /^\s*\p{Lu}{2}/u.test(line);
}

export interface LineStyle {
  /** The line is [start, end) of the text. */
  start: number;
  end: number;
  /** Most long words capitalised: an English headline, where capitals prove nothing. */
  titleCase: boolean;
  /** No lower-case letters: a heading in capitals. */
  allCaps: boolean;
}

/** Start of the line holding `pos`. */
export function lineStartOf(text: string, pos: number): number {
  let a = pos;
  while (a > 0 && text.charCodeAt(a - 1) !== 10) a--;
  return a;
}

/** Style of the line starting at `a` (callers cache it for the whole line). */
export function lineStyle(text: string, a: number): LineStyle {
  let b = a;
  while (b < text.length && text.charCodeAt(b) !== 10) b++;
  // A headline is short: a long line is running text, whatever its capitals.
  if (b - a > HEADLINE_MAX_UNITS) return { start: a, end: b, titleCase: false, allCaps: false };
  let words = 0;
  let capital = 0;
  let lower = 0;
  let upper = 0;
  let wordStart = -1;
  for (let i = a; i <= b; i++) {
    const k = i < b ? charClass(text.charCodeAt(i)) : 0;
    if (k & CLS_LOWER) lower++;
    if (k & CLS_UPPER) upper++;
    if (k & CLS_WORD) {
      if (wordStart < 0) wordStart = i;
    } else if (wordStart >= 0) {
      if (i - wordStart >= 4) {
        words++;
        if (charClass(text.charCodeAt(wordStart)) & CLS_UPPER) capital++;
      }
      wordStart = -1;
    }
  }
  return {
    start: a,
    end: b,
    titleCase: words >= TITLE_CASE_MIN_WORDS && capital / words >= TITLE_CASE_SHARE,
    allCaps: upper >= 2 && lower === 0,
  };
}

/** A company cue within the window around [start, end) (the candidate itself excluded). */
export function hasCompanyCue(text: string, start: number, end: number, lang: string | undefined): boolean {
  const [insensitive, sensitive] = cueRegexes(lang);
  // The cue must be in the same sentence: "company" in the previous one says nothing here.
  let before = text.slice(Math.max(0, start - CUE_WINDOW), start);
  const cut = Math.max(before.lastIndexOf('. '), before.lastIndexOf('\n'), before.lastIndexOf('? '), before.lastIndexOf('! '));
  if (cut >= 0) before = before.slice(cut + 1);
  let after = text.slice(end, end + CUE_WINDOW);
  const stop = firstSentenceEnd(after);
  if (stop >= 0) after = after.slice(0, stop + 1);
  return insensitive.test(before) || insensitive.test(after) || sensitive.test(before) || sensitive.test(after);
}

function firstSentenceEnd(s: string): number {
  const m = /[.!?](?:\s|$)|\n/.exec(s);
  return m ? m.index : -1;
}

/** The word just before `start` (skipping spaces; "Mr." keeps its dot) and where it starts. */
export function previousWord(text: string, start: number): { word: string; at: number } {
  let i = start - 1;
  while (i >= 0 && charClass(text.charCodeAt(i)) & CLS_SPACE && text.charCodeAt(i) !== 10 && text.charCodeAt(i) !== 13) i--;
  const e = i + 1;
  if (i >= 0 && text.charCodeAt(i) === 0x2e) i--;
  while (i >= 0 && charClass(text.charCodeAt(i)) & CLS_WORD) i--;
  return { word: text.slice(i + 1, e), at: i + 1 };
}

/** "Mr Altman", "il CEO Musk", "Herr Musk": a title or role right before the surname. */
export function titleBefore(text: string, start: number): boolean {
  const w = previousWord(text, start).word.toLowerCase();
  return w.length > 0 && PERSON_TITLES.includes(w);
}

/** A capitalised word right after (optionally behind da/di/de/van/von): "Leonardo da Vinci". */
export function capitalisedWordAfter(text: string, end: number): boolean {
  const rest = text.slice(end, end + 40);
  return /^[ \u00a0]+(?:(?:da|di|de|del|della|van|von|der|dos|du|le|la)[ \u00a0]+)?\p{Lu}\p{Ll}/u.test(rest);
}

/** An exchange prefix right before: "(NASDAQ: NVDA)", "NYSE: X", "$NVDA". */
export function tickerContextBefore(text: string, start: number): boolean {
  return TICKER_CONTEXT.test(text.slice(Math.max(0, start - 24), start));
}
