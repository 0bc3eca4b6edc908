/**
 * A group's first word stands for it in a story that names it in full with a designator: "Valeo
 * Foods … Valeo said" is the Dublin snacks maker, not the French car-parts group the index knows
 * as "Valeo"; "Reliance Industries … Reliance" is not the American steel distributor Reliance,
 * Inc. Applied after selection, like the initials (initialisms.ts), and only to words the matcher
 * already took as an organisation: each mention whose text is the first word of exactly one
 * organisation named in the text as "<Word> <designator…>" becomes that organisation, unless
 * - the story also names the mention's own entity by a longer name ("Macquarie Asset Management
 *   … Macquarie Group … Macquarie": the group keeps its word), or another organisation whose
 *   name opens with the word ("Siemens Energy … Siemens Gamesa … Siemens"), or
 * - the two are linked in the index ("Siemens" beside Siemens Energy, "Generali" beside Generali
 *   Investments Holding, "Heineken" beside Heineken Holding: the unit or holding only carries the
 *   group's name).
 */
import type { Mention } from './types';

/** Words that only say what kind of organisation the first word names. */
const DESIGNATORS = new Set([
  'foods', 'food', 'capital', 'group', 'holdings', 'holding', 'partners', 'energy', 'insurance', 'airways',
  'airlines', 'logistics', 'investments', 'ventures', 'brands', 'industries', 'pharma', 'pharmaceuticals',
  'motors', 'resources', 'technologies', 'properties', 'healthcare', 'therapeutics', 'financial',
  'asset', 'management', 'gruppe', 'gruppo', 'groupe', 'beverages', 'drinks', 'dairy', 'honey', 'confectionery',
]);

/** The first word of an organisation's surface when every later word is a designator, else ''. */
function shortForm(surface: string): string {
  const words = surface.split(/[\s\u00a0]+/);
  if (words.length < 2 || !words.slice(1).every((w) => DESIGNATORS.has(w.toLowerCase()))) return '';
  const first = words[0]!;
  return /^\p{Lu}[\p{L}\p{N}&-]{2,}$/u.test(first) ? first : '';
}

/** `related(a, b)`: whether the index links the two entity ids (owner, unit, parent). */
export function withShortForms(mentions: readonly Mention[], related: (a: string, b: string) => boolean): Mention[] {
  let byWord: Map<string, Mention | null> | undefined;
  for (const m of mentions) {
    if (m.kind === 'person') continue;
    const word = shortForm(m.surface);
    // "Prada Holding", "Heineken Holding": the family's holding carries the group's name.
    if (!word || (m.kind === 'investor' && /\sholdings?$/i.test(m.surface))) continue;
    byWord ??= new Map();
    const seen = byWord.get(word);
    // Two organisations open with the word: it names neither for sure.
    byWord.set(word, seen === undefined || seen?.id === m.id ? m : null);
  }
  if (!byWord) return [...mentions];
  // Entities the story names by something longer than the bare word keep that word; a word that
  // opens the names of two organisations ("Siemens Energy", "Siemens Gamesa") names neither.
  const namedLonger = new Set<string>();
  for (const m of mentions) {
    const sp = m.surface.indexOf(' ');
    const word = sp > 0 ? m.surface.slice(0, sp) : '';
    const org = byWord.get(word);
    if (org === undefined) continue;
    namedLonger.add(`${word}\u0000${m.id}`);
    if (org && org.id !== m.id && m.kind !== 'person') byWord.set(word, null);
  }
  return mentions.map((m) => {
    const org = byWord.get(m.surface);
    if (!org || org.id === m.id || m.kind === 'person' || namedLonger.has(`${m.surface}\u0000${m.id}`) || related(m.id, org.id)) return m;
    return { ...m, kind: org.kind, id: org.id, name: org.name };
  });
}
