/**
 * "pesos" outside Latin American pages: the peso of the country the sentence names. A French
 * story on a railway's Mexican unit ("investira entre 4 et 5 milliards de pesos" after "Au
 * Mexique") counts in Mexican pesos; with no country in the sentence the currency stays unknown,
 * as before (a region's page gives its own peso: currency.ts).
 */
const COUNTRY_RE = /(?<![\p{L}])(mexi|méxi|messic|mexik|argentin|chil(?:e|i|ien|eno|ean|ena|eni)(?![\p{L}])|chilen|colomb|kolumb|urugua)/giu;
const CODES: ReadonlyArray<[RegExp, string]> = [[/^(?:mexi|méxi|messic|mexik)/i, 'MXN'], [/^argentin/i, 'ARS'], [/^chil/i, 'CLP'], [/^(?:colomb|kolumb)/i, 'COP'], [/^urugua/i, 'UYU']];
const SENTENCE_END = /[.!?\n](?=\s|$)/g;

export function pesoOfSentence(text: string, pos: number, end: number): string | null {
  const from = Math.max(0, pos - 300);
  const to = Math.min(text.length, end + 200);
  const around = text.slice(from, to);
  let start = 0;
  let stop = around.length;
  for (const m of around.matchAll(SENTENCE_END)) {
    if (m.index < pos - from) start = m.index + 1;
    else if (m.index >= end - from) { stop = m.index; break; }
  }
  let best: { code: string; distance: number } | null = null;
  for (const m of around.slice(start, stop).matchAll(COUNTRY_RE)) {
    const code = CODES.find(([re]) => re.test(m[1]!))?.[1];
    const distance = Math.abs(start + m.index - (pos - from));
    if (code && (!best || distance < best.distance)) best = { code, distance };
  }
  return best?.code ?? null;
}
