/**
 * The surname rules: judgeRef's verdict (judge.ts) on a person met by the surname alone ("Musk").
 * No rule after them is asked: the surname is the person's unless something makes it another
 * word or someone else's (a first name before it, another bearer named in full, a family, a firm,
 * a town), and a doubtful one needs the person's full name in the document. Also the look-ups in
 * the story around a surname those rules ask (inStory), and surnameInProse, which
 * judge-person-names.ts asks too.
 */
import * as f from './flags';
import { capitalisedWordAfter, previousWord, titleBefore } from './context';
import { familyContext, firstNameBefore, indefiniteBefore } from './rules';
import { FAMILY_PLURAL } from './judge-other-names';
import { placeListBefore, TOWN_NOUN_AFTER_RE, TOWN_PREPOSITIONS } from './judge-places';
import { fullNameIn, headline, nameStarts, style, type DocState, type Judge, type RefState } from './judge';

// Local copies: under tsx (CLI, bench) imported bindings are getters, a call per use.
const { F_AMBIGUOUS, F_NEEDS_CONTEXT, F_OWNER_CONTEXT, F_PLACE } = f;

/**
 * A definite article (or article + preposition) before a surname that is also a common word
 * makes the common noun: "il Papa riceveva in Vaticano" is the Pope, even in an article about
 * the banker Gianni Franco Papa. The press writes a man's surname alone without an article.
 */
const DEFINITE_ARTICLES: Record<string, ReadonlySet<string>> = {
  it: new Set(['il', 'lo', 'la', 'i', 'gli', 'le', 'del', 'dello', 'della', 'dal', 'dalla', 'al', 'alla', 'nel', 'nella', 'sul', 'sulla', 'col']),
  fr: new Set(['le', 'la', 'les', 'du', 'des', 'au', 'aux']),
  es: new Set(['el', 'la', 'los', 'las', 'del', 'al']),
  en: new Set(['the']),
  de: new Set(['der', 'die', 'das', 'des', 'dem', 'den', 'vom', 'zum', 'zur', 'im', 'am', 'beim']),
};
const isLetterAt = (text: string, i: number): boolean => /\p{L}/u.test(text.charAt(i));
/**
 * The text of block `block` and one block either side, and where it starts. One slice per block
 * (candidates come in text order), not one per name: the slice bounds a search, since an unbounded
 * indexOf past the stretch would read the rest of a long page per name.
 */
function storyStretch(j: Judge, block: number): { from: number; text: string } {
  const from = Math.max(0, (block - 1) * BEARER_REACH);
  if (j.stretch?.block !== block) j.stretch = { block, text: j.text.slice(from, (block + 2) * BEARER_REACH) };
  return { from, text: j.stretch.text };
}
/**
 * Whether `test` holds at some occurrence of `name` in the story around `at`. The story is the
 * block of the name and one block either side (a long page holds many stories), asked once per
 * question, name and block, so every name in a block gets the same answer whichever is asked first.
 */
function inStory(j: Judge, question: string, name: string, at: number, test: (start: number) => boolean): boolean {
  const block = Math.floor(at / BEARER_REACH);
  // Each ref of a candidate asks the same (a surname "Smith" has dozens): the last answer first,
  // before a key is built and hashed.
  const last = j.lastStory;
  if (last && last.block === block && last.question === question && last.name === name) return last.found;
  // Kept per question, name and block: no key string built and hashed per ask.
  let names = j.bearers.get(question);
  if (!names) j.bearers.set(question, (names = new Map()));
  let blocks = names.get(name);
  if (!blocks) names.set(name, (blocks = []));
  let found = blocks[block];
  if (found === undefined) {
    found = false;
    const { from, text: stretch } = storyStretch(j, block);
    for (let k = stretch.indexOf(name); k >= 0 && !found; k = stretch.indexOf(name, k + name.length)) found = test(from + k);
    blocks[block] = found;
  }
  j.lastStory = { question, name, block, found };
  return found;
}
/**
 * Whether the story has introduced someone by a first name and this surname before `at`, outside
 * title-case lines ("Ed Smith, the chair … Smith added"): the press names a person in full first;
 * a headline's capitals make every word look like a name ("Loosens Microsoft's Grip").
 */
export function surnameInProse(j: Judge, surname: string, at: number): boolean {
  // The bearers' places are found once per surname and block, in inStory's stretch (reading the
  // whole page per surname cost a fifth of the matcher's time on the bench page), then each
  // candidate asks for one before it within reach.
  const block = Math.floor(at / BEARER_REACH);
  const key = `${surname}@${block}`;
  const cache = (j.proseBearers ??= new Map<string, number[]>());
  let places = cache.get(key);
  if (!places) {
    places = [];
    const { from, text: stretch } = storyStretch(j, block);
    for (let k = stretch.indexOf(surname); k >= 0; k = stretch.indexOf(surname, k + surname.length)) {
      if (firstNameBefore(j.text, from + k, nameStarts(j), j.lang, j.ix.firstNames) && !headline(style(j, from + k))) places.push(from + k);
    }
    cache.set(key, places);
  }
  return places.some((k) => k < at && k >= at - BEARER_REACH);
}
/** Whether the text names someone by a first name and this surname ("Greg Goodman"): another person. */
function otherBearerNamed(j: Judge, surname: string, at: number): boolean {
  return inStory(j, 'bearer', surname, at, (start) => firstNameBefore(j.text, start, nameStarts(j), j.lang, j.ix.firstNames));
}
/**
 * Whether the story names a family or a firm by this surname ("la famille Lassonde", "Industries
 * Lassonde"): then the surname alone is theirs, not one person's ("il gruppo Caltagirone" is not
 * enough: the press names the man by his group's name and his own alike).
 */
function familyOrFirmNamed(j: Judge, surname: string, at: number): boolean {
  return inStory(j, 'family', surname, at, (start) => {
    const prev = previousWord(j.text, start).word.toLowerCase();
    return FIRM_WORDS_BEFORE.has(prev) || familyContext(j.text, start, start + surname.length, prev) || firmOpenedBy(j, start, start + surname.length);
  });
}
/**
 * "a stake in Adcock Ingram": the surname opens a longer capitalised name in prose, with no first
 * name before it, so the story names a firm by it ("the Adcock deal" is that firm's). Not in
 * German (every noun is capitalised), in Spanish (a man goes by both surnames: "dijo Slim Helú")
 * nor in a title-case line ("Musk Says Tesla Will...").
 */
function firmOpenedBy(j: Judge, start: number, end: number): boolean {
  return j.lang !== 'de' && j.lang !== 'es' && capitalisedWordAfter(j.text, end) && !headline(style(j, start)) && !firstNameBefore(j.text, start, nameStarts(j), j.lang, j.ix.firstNames);
}
/** Words before a surname that make it a firm's name in French word order ("Industries Lassonde"). */
const FIRM_WORDS_BEFORE: ReadonlySet<string> = new Set(['industries', 'établissements', 'laboratoires']);
/** How far from a surname another bearer's full name is looked for: a long article's length. */
const BEARER_REACH = 6000;

/** A surname alias's verdict. */
export function surnameVerdict(j: Judge, doc: DocState, r: RefState): boolean | null {
  const { text } = j;
  const { c, entity, flags, before, prev } = r;
  // "ein Brand in einer Trafostation": in German an indefinite article makes a surname that is
  // also a noun the noun (a person is named without one).
  if (j.lang === 'de' && indefiniteBefore(text, c.start, j.lang)) return null;
  // "la famiglia Agnelli", "the Murdoch family": the family, not the one person with the name.
  if (familyContext(text, c.start, c.end, prev) || FAMILY_PLURAL[j.lang ?? '']?.has(prev)) return null;
  // "la familia Santo Domingo": a surname of two words met by its second; the family is named
  // before both.
  if (/^\p{Lu}\p{Ll}/u.test(before.word) && familyContext(text, before.at, c.end, previousWord(text, before.at).word.toLowerCase())) return null;
  if (firstNameBefore(text, c.start, nameStarts(j), j.lang, j.ix.firstNames)) return null; // "Kimbal Musk"
  // "… at the NCLT. Priya Agarwal Hebbar, chairperson": a capitalised word before and after, even
  // at a sentence start, makes the surname the middle of another person's name.
  if (j.lang !== 'de' && /^\p{Lu}\p{Ll}+$/u.test(before.word) && !j.starts.has(before.at) && !titleBefore(text, c.start) && !headline(style(j, c.start)) && /^[ \u00a0]\p{Lu}\p{Ll}+(?:[ \u00a0]*[,;.)]|[ \u00a0]+\p{Ll})/u.test(text.slice(c.end, c.end + 40))) return null;
  // "Chief executive Greg Goodman … Goodman securities rose": the story names another bearer of
  // the surname in full, so the surname alone is hers, not the one the index knows.
  if (!fullNameIn(j, doc, entity) && otherBearerNamed(j, text.slice(c.start, c.end), c.start)) return null;
  if (flags & F_AMBIGUOUS && DEFINITE_ARTICLES[j.lang ?? '']?.has(prev)) return null; // "il Papa"
  // "Hasso-Plattner-Institut": a surname inside a hyphen compound names what bears it.
  if (c.start > 1 && text.charCodeAt(c.start - 1) === 45 && isLetterAt(text, c.start - 2)) return null;
  // "a partire da Palermo", "en Sevilla": a surname that is a town's name, after a preposition
  // of place, is the town even after the person's full name.
  if (flags & F_PLACE && (TOWN_PREPOSITIONS[j.lang ?? '']?.has(prev) || placeListBefore(j, c.start, prev, c.end))) return null;
  // "Madrid y Sevilla capital", "Milano città": a town-named surname with a town noun after it.
  if (flags & F_PLACE && TOWN_NOUN_AFTER_RE.test(text.slice(c.end, c.end + 12))) return null;
  if (flags & F_OWNER_CONTEXT) return fullNameIn(j, doc, entity) ? false : null;
  if (fullNameIn(j, doc, entity)) return false;
  if (familyOrFirmNamed(j, text.slice(c.start, c.end), c.start)) return null;
  // "el puerto de Lázaro Cárdenas": a surname that another capitalised word continues is
  // someone else's name, unless the full name came first.
  if (j.lang !== 'de' && capitalisedWordAfter(text, c.end)) return null;
  if (titleBefore(text, c.start)) return false;
  return flags & (F_AMBIGUOUS | F_NEEDS_CONTEXT) ? null : false;
}
