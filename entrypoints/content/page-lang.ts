/**
 * The page language: `<html lang>` when present, else guessed from the first article text.
 * TODO(on-page): use CORPUS-EVAL's lib/text/detect-lang.ts once it lands.
 */
import type { TextBlock } from '../../lib/dom/blocks';

const SUPPORTED = new Set(['it', 'en', 'fr', 'de', 'es']);
/** Characters of text the guess reads: enough for stop words, cheap on any page. */
const SAMPLE_CHARS = 4000;

const STOP_WORDS: Record<string, readonly string[]> = {
  it: ['il', 'della', 'che', 'di', 'per', 'una', 'sono', 'anche', 'nel', 'degli'],
  en: ['the', 'and', 'of', 'that', 'with', 'for', 'was', 'is', 'which', 'from'],
  fr: ['le', 'les', 'des', 'est', 'une', 'dans', 'pour', 'que', 'avec', 'sur'],
  de: ['der', 'die', 'und', 'das', 'ist', 'mit', 'nicht', 'den', 'ein', 'auch'],
  es: ['el', 'los', 'las', 'del', 'que', 'una', 'por', 'con', 'para', 'es'],
};

export function guessLang(sample: string): string | undefined {
  const words = sample.toLowerCase().match(/\p{L}+/gu) ?? [];
  let best: string | undefined;
  let bestScore = 2;
  for (const [lang, stops] of Object.entries(STOP_WORDS)) {
    const set = new Set(stops);
    let score = 0;
    for (const w of words) if (set.has(w)) score++;
    if (score > bestScore) {
      best = lang;
      bestScore = score;
    }
  }
  return best;
}

export function pageLang(doc: Document, blocks: readonly TextBlock[] | null): string | undefined {
  const declared = doc.documentElement.getAttribute('lang')?.trim().toLowerCase().split(/[-_]/)[0];
  if (declared && SUPPORTED.has(declared)) return declared;
  if (!blocks) return undefined;
  const parts: string[] = [];
  let n = 0;
  for (const b of [...blocks.filter((x) => x.inArticle), ...blocks]) {
    parts.push(b.text);
    n += b.text.length;
    if (n >= SAMPLE_CHARS) break;
  }
  return guessLang(parts.join(' ')) ?? declared;
}
