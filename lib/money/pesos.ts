/**
 * "pesos" outside Latin American pages: the peso of the country the sentence names. A French
 * story on a railway's Mexican unit ("Au Mexique, la filiale investira entre 4 et 5 milliards de
 * pesos") counts in Mexican pesos; with no country in the sentence the currency stays unknown,
 * as before (a region's page gives its own peso: currency.ts).
 */
import { sentenceAt } from './sentence.ts';

const COUNTRY_RE = /(?<![\p{L}])(mexi|méxi|messic|mexik|argentin|chil(?:e|i|ien|eno|ean|ena|eni)(?![\p{L}])|chilen|colomb|kolumb|urugua)/giu;
const CODES: ReadonlyArray<[RegExp, string]> = [[/^(?:mexi|méxi|messic|mexik)/i, 'MXN'], [/^argentin/i, 'ARS'], [/^chil/i, 'CLP'], [/^(?:colomb|kolumb)/i, 'COP'], [/^urugua/i, 'UYU']];

/** The peso of the country named nearest to the peso word at `pos` in its sentence, or null. */
export function pesoOfSentence(text: string, pos: number): string | null {
  const s = sentenceAt(text, pos);
  let best: { code: string; distance: number } | null = null;
  for (const m of text.slice(s.start, s.end).matchAll(COUNTRY_RE)) {
    const code = CODES.find(([re]) => re.test(m[1]!))?.[1];
    const distance = Math.abs(s.start + m.index - pos);
    if (code && (!best || distance < best.distance)) best = { code, distance };
  }
  return best?.code ?? null;
}
