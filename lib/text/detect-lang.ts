/**
 * Page language for the CLI: the HTML lang attribute when present, else a cheap stop-word vote
 * among the five languages Backstory reads. Function words are the most frequent words of any
 * text, so a few hundred characters are enough; the lists avoid words shared by two languages
 * ("de", "la", "a", "die"/"die") or weight them lower.
 */
export const SUPPORTED_LANGS = ['it', 'en', 'fr', 'de', 'es'] as const;
export type SupportedLang = (typeof SUPPORTED_LANGS)[number];

const STOP_WORDS: Record<SupportedLang, string> = {
  it: 'il lo gli della dello delle degli dei nel nella nei sul sulla alla alle allo che è non per con una uno sono anche più come ma questo questa ha hanno stato essere tra dopo già ancora loro suo sua',
  en: 'the of and to in is that for with on as was by it are be this from at which have has had its not but were been will would their said they about after than also who',
  fr: 'le les des du et est une dans pour pas qui que sur au aux avec ce cette il elle sont ont été être plus par mais ses leur nous vous selon aussi entre après où',
  de: 'der die das und ist nicht mit den dem des ein eine einer eines sich auf für von zu im auch als noch wie nach bei aus wird wurde sind hat haben oder aber über vor',
  es: 'el los las del y en que es por con una para al lo como más pero sus su ha han fue ser está este esta entre también según sobre desde hasta cuando muy sin',
};

const TABLE: Map<string, SupportedLang[]> = (() => {
  const table = new Map<string, SupportedLang[]>();
  for (const lang of SUPPORTED_LANGS) {
    for (const word of STOP_WORDS[lang].split(' ')) table.set(word, [...(table.get(word) ?? []), lang]);
  }
  return table;
})();

/** Characters read by the detector: plenty for a vote, cheap on a 1 MB page. */
const SAMPLE_CHARS = 20_000;

/** The most likely of it/en/fr/de/es, or undefined when the text has no stop words at all. */
export function detectLang(text: string): SupportedLang | undefined {
  const scores: Record<SupportedLang, number> = { it: 0, en: 0, fr: 0, de: 0, es: 0 };
  let any = false;
  for (const m of text.slice(0, SAMPLE_CHARS).toLowerCase().matchAll(/[\p{L}]+/gu)) {
    const langs = TABLE.get(m[0]);
    if (!langs) continue;
    any = true;
    for (const lang of langs) scores[lang] += 1 / langs.length;
  }
  if (!any) return undefined;
  return SUPPORTED_LANGS.reduce((best, lang) => (scores[lang] > scores[best] ? lang : best), SUPPORTED_LANGS[0]);
}

/** Normalises a BCP 47 tag from an HTML lang attribute ("it-IT" stays regional, "EN_us" -> "en-US"). */
export function normaliseLangTag(tag: string | undefined): string | undefined {
  const m = tag ? /^([a-zA-Z]{2,3})(?:[-_]([a-zA-Z0-9]{2,8}))?/.exec(tag.trim()) : null;
  if (!m) return undefined;
  return m[2] ? `${m[1]!.toLowerCase()}-${m[2].length === 2 ? m[2].toUpperCase() : m[2]}` : m[1]!.toLowerCase();
}

/** Fallback when neither markup nor words tell: Backstory is Italian-first, but English is the commoner page. */
export const DEFAULT_LANG: SupportedLang = 'en';

/** The page language: explicit choice, then the HTML lang attribute, then the detector. */
export function resolveLang(text: string, htmlLang?: string, explicit?: string): string {
  return normaliseLangTag(explicit) ?? normaliseLangTag(htmlLang) ?? detectLang(text) ?? DEFAULT_LANG;
}
