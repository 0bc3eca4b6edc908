/**
 * "Kronen", "corone", "couronnes", "coronas", "kroner" alone name no currency: Denmark's,
 * Sweden's, Norway's, the Czech and Iceland's crowns share the word. A reader takes the one the
 * story points at: "der dänische Konzern … 9 Mrd. Kronen", "alla Borsa di Stoccolma il titolo vale
 * 712 corone". The nearest country cue (adjective, country, capital) in the sentence decides, else
 * the one the story opens with, else the nearest in the text before it; with none there is no
 * currency at all ("12 corone" may be a jeweller's).
 */

/** Word starts that name a crown's country in the five languages ("dän" covers dänisch, Dänemark). */
const CUES: ReadonlyArray<[code: string, stems: string]> = [
  ['DKK', 'dän|danes[ie]|danimarca|danois|danemark|danés|danesa|daneses|dinamarca|danish|denmark|copenhag|kopenhag|copenag'],
  ['SEK', 'schwed|svedes[ie]|svezia|suédois|suède|suec[oa]s?|suecia|swed|stockholm|stoccolma|estocolmo'],
  ['NOK', 'norweg|norveg|norvég|norueg|norw|oslo'],
  ['CZK', 'tschech|cec[ahio]|ceche|tchèque|chec[oa]s?|czech|prag|praga'],
  ['ISK', 'island|islandes[ie]|islandais|islandés|iceland|reykjav'],
];

const CUE_RE = new RegExp(`(?<![\\p{L}\\p{N}])(?:${CUES.map(([, s], i) => `(?<c${i}>${s})`).join('|')})`, 'giu');
/** How far back a cue may be: the paragraph a reader has in mind, not the whole page. */
const LOOK_BACK = 1500;
// Not the dot of a scale's abbreviation: "5 Mio. Kronen" is one sentence.
const SENTENCE_END = /(?<!(?<![\p{L}])(?:Mio|Mrd|Bio|Mill|Tsd|mln|mld|Mln|Mld|mrd|mio))[.!?]\s+(?=\p{Lu})/gu;

/** The crown the text around `pos` points at, or null when nothing names a country. */
export function crownAt(text: string, pos: number, end: number): string | null {
  const from = Math.max(0, pos - LOOK_BACK);
  const around = text.slice(from, Math.min(text.length, end + 300));
  const at = pos - from;
  // The sentence around the figure: after the last sentence end before it, up to the next one.
  let sentenceStart = 0;
  let sentenceEnd = around.length;
  for (const m of around.matchAll(SENTENCE_END)) {
    if (m.index < at) sentenceStart = m.index + 1;
    else if (m.index >= end - from) { sentenceEnd = m.index; break; }
  }
  let best: { code: string; distance: number; inSentence: boolean } | null = null;
  for (const m of around.matchAll(CUE_RE)) {
    if (m.index >= sentenceEnd) break;
    const code = cueCode(m);
    const inSentence = m.index >= sentenceStart;
    const distance = Math.abs(m.index - at);
    if (!best || (inSentence && !best.inSentence) || (inSentence === best.inSentence && distance < best.distance)) best = { code, distance, inSentence };
  }
  if (best?.inSentence) return best.code;
  // Outside the sentence, the country the story opens with is the one the reader keeps in mind:
  // "Il gruppo danese Royal Unibrew …" makes a later "2,5 miliardi di corone" Danish crowns, and a
  // Norwegian company's "2,10 Kronen je Aktie" stays Norwegian after its Danish shareholder.
  return leadCrown(text) ?? best?.code ?? null;
}

/** The headline and first lines: where a story names its subject's country. */
const LEAD_CHARS = 400;

function leadCrown(text: string): string | null {
  for (const m of text.slice(0, LEAD_CHARS).matchAll(CUE_RE)) return cueCode(m);
  return null;
}

/** The crown of the country a CUE_RE match names (its one matched group). */
function cueCode(m: RegExpMatchArray): string {
  return CUES[Object.values(m.groups ?? {}).findIndex((g) => g !== undefined)]![0];
}
