/**
 * Names that are also ordinary words in a form the hunspell stems miss (plurals, inflections,
 * capitalised nouns), named in FORMS.md or seen in testing. The compiler flags such aliases
 * ambiguous + needsContext even when the data did not ("Generali e colonnelli", "Gates opened
 * the gates", "Im Continental-Hotel"). Folded (lower-case) forms.
 */
export const EXTRA_COMMON_WORDS: ReadonlySet<string> = new Set([
  // it: plural or feminine forms, first names and surnames
  'generali', 'poste', 'intesa', 'meta', 'leonardo', 'ferrari', 'terna', 'banca',
  // en
  'apple', 'amazon', 'shell', 'target', 'oracle', 'square', 'block', 'snap', 'visa', 'alphabet', 'x', 'gates', 'jobs',
  'page', 'cook', 'orange', 'total', 'next', 'gap', 'ball', 'pool', 'dover',
  // fr, de, es: nouns, cities, first names
  'vinci', 'continental', 'post', 'allianz', 'linde', 'santander', 'sabadell', 'mercedes', 'zara',
]);
