/**
 * The last stage, for weak names only (judge.ts has given a strong name's verdict before): the
 * rules that still rule a weak name out (a product's name, an adjective before a figure, a firm's
 * name after "&", a known or unknown name it continues, a capitalised word after it…), then the
 * evidence that backs it: a company cue near, a capital the sentence start does not explain, the
 * entity or its kin named plainly, its owner for an owner's brand, the company for a nickname, a
 * source's verb for an outlet.
 */
import * as f from './flags';
import { PERSON_TITLES } from './cues';
import { charClass, CLS_WORD } from './fold';
import * as shapes from './case-shape';
import type { CaseClass } from './case-shape';
import { atSentenceStart, capitalisedWordAfter, hasCompanyCue, isUpperStart, previousWord } from './context';
import {
  capitalBeforeLetter, cityBefore, germanAdjectiveBefore, germanCompoundHead, listedWith, ORG_NOUNS, reportedBy, suspendedHyphenAfter, theCommonNoun,
} from './rules';
import type { Candidate } from './scan';
import { PLACE_ONLY, PLACE_OR_DATIVE } from './judge-places';
import {
  headline, knownPersonAcrossParticle, nextWordStart, relatedStrongIn, strongIn, style, type DocState, type Judge, type RefState,
} from './judge';

// Local copies: under tsx (CLI, bench) imported bindings are getters, a call per use.
const { A_ONE_LETTER, A_SINGLE_WORD } = shapes;
const { F_ACRONYM, F_DOCUMENT_ONLY, F_NICKNAME, F_OWNER_CONTEXT, F_PLACE } = f;

const GERMAN_ARTICLES = new Set(['der', 'die', 'das', 'des', 'dem', 'den', 'im', 'am', 'zum', 'zur', 'vom', 'beim', 'ins']);
/** "die frühere Continental-Sparte": a compound on a company noun makes the name the company's after an adjective too. */
const COMPANY_COMPOUND_AFTER_RE = /^[-‐‑]\p{L}*(?:konzern|sparte|aktie|chef|tochter|vorstand|gruppe|werk|zentrale)/iu;
const GERMAN_NOUN_BEFORE: ReadonlySet<string> = new Set(['mit', 'im', 'den', 'einen', 'ein', 'der', 'dem', 'ins', 'zum', 'vom', 'am']);
const PRODUCT_NOUN_AFTER_RE = /^[ \u00a0]+(?:engine|engines|motore|moteur)(?![\p{L}])/u;
/** "Total revenue climbed", "Net income fell": an English adjective that is a weak name, before the figure it qualifies. */
const ADJECTIVE_NAMES_EN: ReadonlySet<string> = new Set(['total', 'net', 'gross', 'core', 'underlying']);
const FIGURE_NOUN_AFTER_RE = /^[ \u00a0]+(?:revenue|revenues|sales|turnover|income|profit|profits|earnings|costs?|debt|assets|output|production|returns?|spending|investment|volumes?|capacity|advertising|operating|group|annual|underlying|net|gross|adjusted)(?![\p{L}])/u;
const AMPERSAND_NAME_AFTER_RE = /^[ \u00a0]?&[ \u00a0]?\p{Lu}/u;
const AMPERSAND_NAME_BEFORE_RE = /(?<![\p{L}])\p{Lu}[\p{L}.'’-]*[ \u00a0]?&[ \u00a0]?$/u;

/** A capitalised known name (a candidate start) ends one space before this candidate. */
function continuesKnownName(j: Judge, c: Candidate): boolean {
  const { text } = j;
  const sp = text.charCodeAt(c.start - 1);
  if (sp !== 0x20 && sp !== 0xa0) return false;
  const { word, at } = previousWord(text, c.start);
  if (at + word.length !== c.start - 1 || !isUpperStart(text, at)) return false;
  return j.starts.has(at) && !ORG_NOUNS.has(word.toLowerCase());
}
/**
 * "Durable Capital Partners", "the Irish Farmers' Association", "Blue Star Power Systems": a weak
 * name right after a capitalised word the index does not know, mid-sentence, ends the name of
 * something the data lacks. Not in German, whose nouns all take a capital.
 */
function continuesUnknownName(j: Judge, c: Candidate): boolean {
  const { text } = j;
  if (j.lang === 'de') return false;
  // "Foxhaven Healthcare Capital Partners": capitalised words the index knows ("Capital") inside
  // the run before the name do not stop the look back to the unknown word that opens it.
  for (let from = c.start, words = 0; words < 4; words++) {
    const sp = text.charCodeAt(from - 1);
    if (sp !== 0x20 && sp !== 0xa0) return false;
    let i = from - 2;
    // "Farmers' Association": a possessive apostrophe closes the word before.
    if (text.charCodeAt(i) === 0x27 || text.charCodeAt(i) === 0x2019) i--;
    const end = i + 1;
    while (i >= 0 && charClass(text.charCodeAt(i)) & CLS_WORD) i--;
    const at = i + 1;
    if (at >= end || !isUpperStart(text, at) || atSentenceStart(text, at)) return false;
    const word = text.slice(at, end).toLowerCase();
    if (ORG_NOUNS.has(word) || PERSON_TITLES.includes(word)) return false;
    if (!j.starts.has(at)) return !headline(style(j, c.start));
    from = at;
  }
  return false;
}

function cueNear(j: Judge, c: Candidate): boolean {
  let v = j.cues.get(c.start);
  if (v === undefined) j.cues.set(c.start, (v = hasCompanyCue(j.text, c.start, c.end, j.lang)));
  return v;
}

/**
 * A capital that the sentence start or a headline does not explain. German capitalises every
 * noun: after an article ("die Meta des Spiels") a capital proves nothing there.
 */
function unexplainedCapital(j: Judge, c: Candidate, cls: CaseClass, prev: string): boolean {
  return cls === 'normal' && isUpperStart(j.text, c.start) && !atSentenceStart(j.text, c.start) && !(j.lang === 'de' && GERMAN_ARTICLES.has(prev));
}

/** A weak name's verdict, past every rule for all names. */
export function weakNameVerdict(j: Judge, doc: DocState, r: RefState): boolean | null {
  const { text } = j;
  const { c, entity, aliasText, shape, flags, titleCased, cls, weak, kind, prev } = r;
  // "our own Cobra engine": a weak name before the noun of a product is the product's name.
  if (shape & A_SINGLE_WORD && kind !== 'person' && PRODUCT_NOUN_AFTER_RE.test(text.slice(c.end, c.end + 10))) return null;
  if (j.lang === 'en' && kind !== 'person' && ADJECTIVE_NAMES_EN.has(aliasText.toLowerCase()) && FIGURE_NOUN_AFTER_RE.test(text.slice(c.end, c.end + 14))) return null;
  // "Heckler & Koch", "Dow & Jones": a word after a capitalised word and "&" ends a firm's name.
  if (shape & A_SINGLE_WORD && kind !== 'person' && AMPERSAND_NAME_BEFORE_RE.test(text.slice(Math.max(0, c.start - 24), c.start))) return null;
  // "la chaîne Bel&Bo", "Bel & Bo": a word "&" and a capital go on from opens a firm's name.
  if (shape & A_SINGLE_WORD && kind !== 'person' && AMPERSAND_NAME_AFTER_RE.test(text.slice(c.end, c.end + 4))) return null;
  if (cityBefore(text, c.start, !(flags & F_NICKNAME)) || theCommonNoun(text, c.start, c.end, j.lang)) return null;
  // "Wind- und Solarparks": a word that is also a name, as the first half of a compound whose
  // end the next word gives ("Siemens- und Bosch-Aktien" name both companies: those are not weak).
  if (suspendedHyphenAfter(text, c.end)) return null;
  // "die Sparte Nestlé Waters": a weak one-word name right after another known name continues
  // it (a unit the data may not hold), unless the document names this entity or its kin plainly.
  if (shape & A_SINGLE_WORD && kind !== 'person' && continuesKnownName(j, c) && !strongIn(j, doc, entity) && !relatedStrongIn(j, doc, entity)) return null;
  if (kind !== 'person' && continuesUnknownName(j, c) && !strongIn(j, doc, entity)) return null;
  // A genitive before the noun it owns ("sonst werde Eons Netzgeschäft ...") is a name whatever
  // word ending in "e" stands before it.
  const owns = c.genitive && capitalisedWordAfter(text, c.end);
  if (j.lang === 'de' && ((germanAdjectiveBefore(text, c.start) && !owns && !COMPANY_COMPOUND_AFTER_RE.test(text.slice(c.end, c.end + 24))) || germanCompoundHead(text, c.start))) return null; // "eine strategische Allianz", "US-Investors"
  if (shape & A_ONE_LETTER && capitalBeforeLetter(text, c.start)) return null; // "Generation X"
  // "Leonardo DiCaprio": a capitalised word after, unless the document names the company plainly
  // (not in German, where the next noun is capitalised anyway: "Metas Antwort") or a noun such
  // as "gruppo" before it makes it an organisation.
  const after = nextWordStart(text, c.end);
  const capitalAfter = j.lang !== 'de' && capitalisedWordAfter(text, c.end) && !ORG_NOUNS.has(prev);
  const nameGoesOn = capitalAfter && (!j.starts.has(after) || j.surnameOnly(after));
  if (nameGoesOn && !strongIn(j, doc, entity) && !headline(style(j, c.start)) && !knownPersonAcrossParticle(j, doc, c)) return null;
  // "Fibra Macquarie", "Fibra Prologis": an ambiguous word before another known name opens a longer
  // name the data lacks (a Mexican REIT), not two names side by side.
  if (weak && shape & A_SINGLE_WORD && kind !== 'person' && capitalAfter && j.starts.has(after) && !strongIn(j, doc, entity) && !headline(style(j, c.start))) return null;
  if (shape & A_SINGLE_WORD && PLACE_ONLY[j.lang ?? '']?.has(prev)) return null;
  // "The Austrian lender", "Norwegian oil fund", "criteri ESG": a nationality or a business term,
  // whatever cue is near; the company named plainly (or its people) makes it its short name.
  if (flags & F_DOCUMENT_ONLY) return strongIn(j, doc, entity) || relatedStrongIn(j, doc, entity) ? false : null;
  // A brand known only from its owner's list, named by an ordinary word ("Ora" of Great Wall,
  // "Utile" of Coopérative U): business news always has a company cue, so only its owner or the
  // brand named plainly, or a capital nothing explains (not in German), backs it.
  if (flags & F_OWNER_CONTEXT) {
    // "due boutique a Monaco e Amsterdam": after "a"/"à" a brand named by a town needs its owner.
    if (PLACE_OR_DATIVE[j.lang ?? '']?.has(prev)) return strongIn(j, doc, entity) || relatedStrongIn(j, doc, entity) ? false : null;
    if (strongIn(j, doc, entity) || relatedStrongIn(j, doc, entity)) return false;
    // "lo stabilimento di Fabriano", "a Greggs in Derby": a town's name has its capital anyway.
    if (flags & F_PLACE) return null;
    return j.lang !== 'de' && unexplainedCapital(j, c, cls, prev) && !style(j, c.start).titleCase ? true : null;
  }
  // "based in Mountain View", "a Cupertino": a town named for the company counts only where the
  // company is named plainly; a company cue nearby is not enough (the start-up is based there).
  if (flags & F_NICKNAME && flags & F_PLACE) return strongIn(j, doc, entity) ? false : null;
  // An outlet's name that is also a word ("Blick", "cash", "Fortune") is cited as a source, not
  // traded: a company cue nearby says nothing about it ("richtet sich der Blick auf die Börse").
  if (kind !== 'media' && cueNear(j, c)) return true;
  if (kind === 'media' && reportedBy(text, c.start, c.end)) return true;
  // "mit Blick auf Hamburg", "im Blick": an outlet named by a German noun is the noun after a
  // preposition or article unless it is cited as a source.
  if (kind === 'media' && j.lang === 'de' && GERMAN_NOUN_BEFORE.has(prev)) return null;
  // An acronym written exactly as recorded ("FAZ", "KKR") outside an all-caps line is a name,
  // even at a sentence start or after a German article, where a capital proves nothing.
  if (flags & F_ACRONYM && !titleCased && c.end - c.start >= 3 && text.slice(c.start, c.end) === aliasText && !style(j, c.start).allCaps) return true;
  // Press nicknames: several words ("il Leone di Trieste", "Piazzetta Cuccia") are the press's
  // own names for the company; one word needs the company named plainly in the text.
  if (flags & F_NICKNAME) return strongIn(j, doc, entity) || !(shape & A_SINGLE_WORD) ? false : null;
  if (PLACE_OR_DATIVE[j.lang ?? '']?.has(prev)) return strongIn(j, doc, entity) ? false : null;
  const capital = unexplainedCapital(j, c, cls, prev);
  // One-letter names ("X") and title-cased acronyms ("Tim") get nothing from a capital.
  if (capital && !titleCased && !(shape & A_ONE_LETTER) && !style(j, c.start).titleCase) return true;
  if (strongIn(j, doc, entity)) return false;
  if (shape & A_ONE_LETTER) return null;
  // "Tesla, run by Elon Musk, ...": its people or owner named plainly in the same text.
  if (relatedStrongIn(j, doc, entity)) return false;
  // A sentence-initial name listed with another known name: "Amazon and Alphabet raised...".
  const next = cls === 'normal' ? listedWith(text, c.end) : -1;
  return next >= 0 && j.starts.has(next) && isUpperStart(text, next) && !style(j, c.start).titleCase ? false : null;
}
