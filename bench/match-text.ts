/**
 * Deterministic inputs for the matcher benchmark: a ~1 MB multilingual news-like text (seeded)
 * and synthetic aliases to grow the dictionary tenfold.
 */
import type { AliasEntry, IndexedEntity } from '../lib/match/types';

/** mulberry32: small, fast, seedable PRNG (deterministic runs). */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FILLER: Record<string, string[]> = {
  it: 'la meta del gruppo è stata raggiunta dopo un’intesa tra le parti nel metaverso della finanza con miliardi di investimenti e società quotate in Borsa che crescono più del previsto secondo gli analisti dell’istituto'.split(' '),
  en: 'the company said on Tuesday that shares rose after a deal with investors while the apple harvest and the shell market were weaker than analysts expected for the quarter'.split(' '),
  fr: 'l’entreprise a annoncé mardi que le chiffre d’affaires du groupe a progressé de sept pour cent grâce à une offre très appréciée des investisseurs européens'.split(' '),
  de: 'der Konzern teilte am Dienstag mit dass die Aktie nach der Übernahme deutlich gestiegen sei während die Börse insgesamt schwächer tendierte als erwartet'.split(' '),
  es: 'la empresa informó el martes que las acciones subieron después de la compra mientras la Bolsa española cerró con pérdidas según los inversores consultados'.split(' '),
};
const LANGS = Object.keys(FILLER);
const SEPARATORS = [' ', ' ', ' ', ' ', '\u00a0', ', '];

/** ~`targetChars` of paragraphs mixing filler words with names (about one name per 25 words). */
export function generateText(names: readonly string[], targetChars: number, seed = 42): string {
  const rnd = prng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const parts: string[] = [];
  let length = 0;
  while (length < targetChars) {
    const words = FILLER[pick(LANGS)]!;
    let para = '';
    const count = 40 + Math.floor(rnd() * 60);
    for (let i = 0; i < count; i++) {
      const w = rnd() < 0.04 ? pick(names) : pick(words);
      para += (i === 0 ? '' : pick(SEPARATORS)) + (i === 0 ? w.charAt(0).toUpperCase() + w.slice(1) : w);
      if (rnd() < 0.06) para += '.';
    }
    para += '.\n\n';
    parts.push(para);
    length += para.length;
  }
  return parts.join('');
}

const SYLLABLES = ['ka', 'lo', 've', 'tri', 'mar', 'no', 'zen', 'qui', 'bra', 'sol', 'den', 'ur', 'fi', 'gal', 'ix', 'po', 'rum', 'sta', 'bel', 'cor'];
const SUFFIXES = ['', '', ' Group', ' Holding', ' Capital', ' Systems', ' Bank', ' Energia', ' AG', ' Partners'];

/** `count` synthetic company aliases (pronounceable, capitalised, some multi-word). */
export function syntheticAliases(count: number, seed = 7): { aliases: AliasEntry[]; entities: IndexedEntity[] } {
  const rnd = prng(seed);
  const aliases: AliasEntry[] = [];
  const entities: IndexedEntity[] = [];
  for (let i = 0; i < count; i++) {
    let w = '';
    const n = 2 + Math.floor(rnd() * 3);
    for (let k = 0; k < n; k++) w += SYLLABLES[Math.floor(rnd() * SYLLABLES.length)]!;
    const text = w.charAt(0).toUpperCase() + w.slice(1) + SUFFIXES[Math.floor(rnd() * SUFFIXES.length)]!;
    const id = `c:synthetic-${i}`;
    entities.push({ id, kind: 'company', name: text });
    aliases.push({ text, entityId: id, kind: 'company', flags: {} });
  }
  return { aliases, entities };
}
