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
  // "der Westdeutschen Allgemeinen Zeitung": two adjectives before the noun decline together.
  const declinable = words.map((w, i) => i % 2 === 0 && i < words.length - 2 && w.length >= MIN_ADJECTIVE_LENGTH && /^\p{Lu}\p{Ll}*e$/u.test(w));
  if (declinable.filter(Boolean).length >= 2) {
    const all = words.map((w, i) => (declinable[i] ? `${w}n` : w)).join('');
    if (!out.includes(all)) out.push(all);
  }
  // "der Wiener Städtischen", "bei der Ersten Bank der oesterreichischen Sparkassen": a name that
  // ends in a noun made of an adjective ("Städtische", the insurer) declines that word too.
  const last = words[words.length - 1]!;
  if (/^\p{Lu}\p{Ll}*(?:isch|lich|ig)e$/u.test(last)) {
    const copy = [...words];
    copy[copy.length - 1] = `${last}n`;
    const v = copy.join('');
    if (!out.includes(v)) out.push(v);
  }
  // "des Deutschen Verbands der Spielwarenindustrie", "des Schweizerischen Kosmetik- und
  // Waschmittelverbands": a German strong adjective in "-er" or "-es" takes "-en", an association's noun
  // ("Verband", "Bund", "Block") its genitive "-s" or "-es", and both together.
  const adjective = words.findIndex((w, i) => i % 2 === 0 && i < words.length - 2 && GERMAN_STRONG_ADJECTIVE.test(w));
  const noun = words.findIndex((w, i) => i % 2 === 0 && GERMAN_ASSOCIATION_NOUN.test(w));
  if (adjective >= 0 || noun >= 0) {
    // "-en" after a genitive or dative article, "-e" after the nominative one ("der Schweizerische
    // Baumeisterverband").
    const adjectives = adjective >= 0 ? [words[adjective]!, `${words[adjective]!.slice(0, -2)}en`, `${words[adjective]!.slice(0, -2)}e`] : [];
    const nouns = noun >= 0 ? [words[noun]!, `${words[noun]!}s`, `${words[noun]!}es`] : [];
    for (const a of adjective >= 0 ? adjectives : [undefined]) {
      for (const n of noun >= 0 ? nouns : [undefined]) {
        const copy = [...words];
        if (a !== undefined) copy[adjective] = a;
        if (n !== undefined) copy[noun] = n;
        const v = copy.join('');
        if (v !== alias && !out.includes(v)) out.push(v);
      }
    }
  }
  return out;
}

/**
 * "Deutscher", "Schweizerischer", "Allgemeiner" (masculine), "Deutsches" (neuter: "des Deutschen
 * Milchkontors"): a German adjective's strong ending before a noun.
 */
const GERMAN_STRONG_ADJECTIVE = /^\p{Lu}\p{Ll}*(?:sch|isch|ein|lich|ig)e[rs]$/u;
/** An association's or a bloc's noun, alone or ending a compound ("Bundesverband", "Totoblock"). */
const GERMAN_ASSOCIATION_NOUN = /^(?:\p{Lu}\p{Ll}*(?:verband|bund|block|verein)|Verband|Bund|Block|Verein)$/u;

const NAME_PARTICLES = new Set(['de', 'del', 'della', 'di', 'da', 'van', 'von', 'der', 'le', 'la', 'du', 'dos', 'das', 'y', 'i']);

/**
 * Spanish double surnames: "Carlos Torres Vila" is "Torres Vila" and, after the full name,
 * "Torres"; "Óscar García Maceiras" is "García Maceiras". Only for three-word names without
 * initials or particles. Returns [double surname (distinctive), first surname (needs the full name)].
 */
export function doubleSurnames(fullName: string): [string, string] | null {
  const words = fullName.trim().split(/\s+/);
  // "Álvaro Guzmán de Lázaro": a Spanish compound surname joined by "de" is "Guzmán de Lázaro".
  if (words.length === 4 && (words[2] === 'de' || words[2] === 'del') && words.filter((w) => w !== words[2]).every((w) => /^\p{Lu}\p{Ll}+$/u.test(w))) return [words.slice(1).join(' '), words[1]!];
  if (words.length !== 3 || words.some((w) => w.includes('.') || NAME_PARTICLES.has(w.toLowerCase()))) return null;
  if (!words.every((w) => /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u.test(w))) return null;
  return [`${words[1]} ${words[2]}`, words[1]!];
}

const GENERIC_TAILS = /\s+(?:Media|Group|Holding|Holdings|Gruppe|Gruppo|Groupe|Grupo)$/;

/**
 * "ProSiebenSat.1 Media" is mostly written "ProSiebenSat.1": drop a generic last word when what
 * remains still looks like a name (several words, or capitals or digits inside the word), never
 * when it would leave a common word ("Capital Group" keeps its tail).
 */
export function shortenedName(alias: string): string | null {
  if (!GENERIC_TAILS.test(alias)) return null;
  const rest = alias.replace(GENERIC_TAILS, '').trim();
  const distinctive = /\s/.test(rest) || /^.[\p{Ll}\s]*[\p{Lu}\d]/u.test(rest);
  return distinctive && rest.length >= 3 ? rest : null;
}
