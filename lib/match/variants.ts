/**
 * Inflected spellings generated at compile time (the walker only ever matches whole aliases).
 *
 * German declines adjectives inside company names: "die Deutsche Bank" but "der Deutschen Bank",
 * "die Europäische ..." / "der Europäischen ...". The genitive/possessive "-s" on the last word
 * ("Musks", "Metas") is handled at run time instead (it applies to every alias).
 */
const MIN_ADJECTIVE_LENGTH = 4;

export function inflectedVariants(alias: string): string[] {
  const words = alias.split(/(\s+)/); // keep separators at odd indexes
  if (words.length < 3) return [];
  const out: string[] = [];
  for (let i = 0; i < words.length - 2; i += 2) {
    const w = words[i]!;
    if (w.length >= MIN_ADJECTIVE_LENGTH && /^\p{Lu}\p{Ll}*e$/u.test(w)) {
      const copy = [...words];
      copy[i] = `${w}n`;
      out.push(copy.join(''));
    }
  }
  return out;
}
