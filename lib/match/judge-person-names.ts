/**
 * A name read as (part of) a person's name: a one-word organisation's name that a first name or a
 * particle makes a person's ("Enzo Ferrari", "Leonardo da Vinci") or that the story gave someone
 * as a surname ("Ed Smith … Smith"), a founder's name the company took, and a known person's two
 * words that a Spanish second surname goes on from. Apart from judge-surnames.ts, which judges a
 * person's own surname alias: these rules keep other names from being read where a person is.
 */
import * as f from './flags';
import * as shapes from './case-shape';
import { capitalisedWordAfter } from './context';
import { firstNameBefore, ORG_NOUNS, particleNameAfter, particleNameBefore } from './rules';
import { surnameInProse } from './judge-surnames';
import { headline, knownPersonAcrossParticle, nameStarts, nextWordStart, strongIn, style, type DocState, type Judge, type RefState, type Rejection } from './judge';

// Local copies: under tsx (CLI, bench) imported bindings are getters, a call per use.
const { A_SINGLE_WORD } = shapes;
const { F_AMBIGUOUS, F_NEEDS_CONTEXT } = f;

/** "founded … by (the Galician)", "fondata … da", "fondée … par", "fundada … por", "gegründet … von", right before a name. */
const FOUNDED_BY_BEFORE_RE = /(?<![\p{L}])(?:[Ff]undad[ao]s?|[Ff]ounded|[Ff]ond[ée]e?s?|[Ff]ondat[ao]|[Gg]egründet)(?![\p{L}])(?:(?![ \u00a0](?:por|by|par|da|von)[ \u00a0])[^.;!?]){0,60}?[ \u00a0](?:por|by|par|da|von)(?:[ \u00a0]+(?:el|la|le|the|il|lo|der|dem|den))?(?:[ \u00a0]+\p{Ll}+){0,2}[ \u00a0]+$/u;

/**
 * "lo stadio Luigi Ferraris", "l'aeroporto Leonardo da Vinci", "la fondazione Luigi Einaudi": a
 * person's full name right after a noun for a venue, a street, a prize or an institution names
 * the thing named after her, not her.
 */
const NAMED_AFTER_NOUNS: ReadonlySet<string> = new Set(['stadio', 'stadium', 'estadio', 'stade', 'stadion', 'arena', 'teatro',
  'theatre', 'theater', 'théâtre', 'via', 'viale', 'piazza', 'piazzale', 'rue', 'avenue', 'boulevard', 'calle', 'avenida',
  'plaza', 'paseo', 'aeroporto', 'airport', 'aéroport', 'aeropuerto', 'flughafen', 'ospedale', 'hôpital', 'hospital',
  'premio', 'prix', 'prize', 'fondazione', 'fondation', 'fundación', 'stiftung', 'istituto', 'institut', 'instituto',
  'università', 'université', 'universidad', 'universität', 'liceo', 'lycée', 'collège', 'scuola', 'école', 'escuela']);
export function placeNamedAfterPerson(r: RefState): Rejection {
  return r.kind === 'person' && !(r.shape & A_SINGLE_WORD) && NAMED_AFTER_NOUNS.has(r.prev) ? null : undefined;
}

/** Past the alias kinds: a one-word organisation's name that is part of a person's, a founder's name. */
export function personNameOfOrg(j: Judge, doc: DocState, r: RefState): Rejection {
  const { text } = j;
  const { c, entity, shape, flags, kind, prev } = r;
  // "Leonardo da Vinci" (from either end), "Enzo Ferrari": a person's name, whatever else is known.
  // A first name that is only some known person's surname ("John" of Elton John) is still a first
  // name here: "John Hess" is no Hess Corporation.
  if (shape & A_SINGLE_WORD && kind !== 'person') {
    // A particle makes a person only of a name that can be a first name or a surname ("Leonardo
    // da Vinci"); "Unicredit di Andrea Orcel", "Lufthansa von Carsten Spohr", "Mutter von Lidl"
    // are the company, and so is "il gruppo Caltagirone di Francesco Gaetano Caltagirone".
    const personName =
      !ORG_NOUNS.has(prev) &&
      ((flags & (F_AMBIGUOUS | F_NEEDS_CONTEXT) && (particleNameAfter(text, c.end) || particleNameBefore(text, c.start, j.lang)) && !knownPersonAcrossParticle(j, doc, c)) ||
        firstNameBefore(text, c.start, nameStarts(j), j.lang, j.ix.firstNames));
    if (personName && !headline(style(j, c.start))) return null;
    // "Ed Smith, Assura's chair … Smith added": a one-word company name that is also a word
    // ("smith") and that the story gave someone as a surname is his, unless the story names the
    // company plainly.
    if (flags & F_AMBIGUOUS && !strongIn(j, doc, entity) && surnameInProse(j, text.slice(c.start, c.end), c.start)) return null;
  }
  // "fundada en Lisboa en 1792 por el gallego Jerónimo Martins": the founder whose name the
  // company took, not the company.
  if (kind !== 'person' && !(shape & A_SINGLE_WORD) && FOUNDED_BY_BEFORE_RE.test(text.slice(Math.max(0, c.start - 90), c.start))) return null;
  return undefined;
}

/** Past the place rules (judge-places.ts placeOrThing), before a strong name's verdict. */
export function spanishSecondSurname(j: Judge, r: RefState): Rejection {
  const { text } = j;
  const { c, shape, kind } = r;
  // "Pablo González Figari": Spanish names carry two surnames, so a known person's two words before
  // a capitalised word that is no company of its own name someone the data lacks.
  if (kind === 'person' && j.lang === 'es' && !(shape & A_SINGLE_WORD) && capitalisedWordAfter(text, c.end) && !headline(style(j, c.start))) {
    const next = nextWordStart(text, c.end);
    if (!j.starts.has(next) || j.surnameOnly(next)) return null;
  }
  return undefined;
}
