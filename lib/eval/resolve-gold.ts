/**
 * Gold names canonical entities by name ("Meta Platforms", "Apple Inc."); the engines report ids.
 * Resolving through the bundle's names and aliases keeps naming differences from counting as errors.
 */
import type { FactBundle } from '../facts/schema';
import { foldAccents } from '../facts/build/ids';

export function nameKey(s: string): string {
  return s.normalize('NFC').toLowerCase().replace(/[’ʼ`]/g, "'").replace(/\s+/g, ' ').trim();
}

/**
 * A last-resort key: letters folded as the build folds them for ids (accents, ø, æ, ß, ł), œ as
 * "oe", dashes as one hyphen. "A.P. Møller-Mærsk" in a writer's gold is the bundle's "A.P.
 * Møller-Maersk".
 */
export function foldedKey(s: string): string {
  return foldAccents(nameKey(s)).replace(/œ/g, 'oe').replace(/\s*[-‐‑–—]\s*/g, '-');
}

const LEGAL_SUFFIX = /,?\s+(inc\.?|corp\.?|corporation|s\.p\.a\.|spa|s\.a\.|sa|se|ag|n\.v\.|nv|plc|p\.l\.c\.|group|holding|holdings|ltd\.?|limited)$/i;

export interface GoldResolver {
  /** Entity id for a gold canonical name, or undefined when the database has no such entity. */
  resolve(canonical: string, bucket: 'companies' | 'people'): string | undefined;
}

export function makeResolver(bundle: FactBundle): GoldResolver {
  const byName = new Map<string, { id: string; person: boolean }[]>();
  // A name without its suffix ("Citi" of Citi Holdings) is looked up after every exact name and
  // alias, so the "Citi" the press means (Citigroup's recorded alias) wins.
  const byBareName = new Map<string, { id: string; person: boolean }[]>();
  const byAlias = new Map<string, { id: string; person: boolean }[]>();
  // The surname of a person known only from a company's list counts only after her full name:
  // a writer's bare "Lewis" means the Lewis the bundle knows by that name first.
  const byAfterFullName = new Map<string, { id: string; person: boolean }[]>();
  const byLostName = new Map<string, { id: string; person: boolean }[]>();
  const byFolded = new Map<string, { id: string; person: boolean }[]>();
  const add = (map: typeof byName, key: string, id: string, person: boolean): void => {
    const list = map.get(key) ?? [];
    if (!list.some((e) => e.id === id)) list.push({ id, person });
    map.set(key, list);
  };
  for (const e of bundle.entities) {
    const person = e.kind === 'person';
    // An organisation left with no alias lost its name to another in the build (Telenor's unit
    // "Digi" to Digi Communications, Travelport's "Apollo" to Apollo Global Management): the
    // bundle no longer means it by that name, so the name resolves to the alias holder first.
    add(person || e.aliases.length > 0 ? byName : byLostName, nameKey(e.name), e.id, person);
    add(byBareName, nameKey(e.name).replace(LEGAL_SUFFIX, ''), e.id, person);
    for (const a of e.aliases) add(a.flags?.surname && a.flags.ownerContext ? byAfterFullName : byAlias, nameKey(a.text), e.id, person);
    for (const t of [e.name, ...e.aliases.map((a) => a.text)]) add(byFolded, foldedKey(t), e.id, person);
  }
  const byId = new Map(bundle.entities.map((e) => [e.id, e]));
  // "John Murphy (Glanbia)": of two people of one name, the one with a role at that organisation.
  const namesake = (name: string, org: string): string | undefined => {
    const want = nameKey(org);
    const orgNames = (id: string | undefined, written: string) => [written, ...(id ? [byId.get(id)?.name ?? '', ...(byId.get(id)?.aliases.map((a) => a.text) ?? [])] : [])].map(nameKey);
    return byName.get(nameKey(name))?.filter((e) => e.person).find((e) => byId.get(e.id)?.facts.some((f) => f.value.t === 'role' && orgNames(f.value.org.id, f.value.org.name).includes(want)))?.id;
  };
  return {
    resolve(canonical, bucket) {
      const person = bucket === 'people';
      const qualified = person ? /^(.+?) \((.+)\)$/.exec(canonical) : null;
      const chosen = qualified && namesake(qualified[1]!, qualified[2]!);
      if (chosen) return chosen;
      const key = nameKey(canonical);
      const stripped = key.replace(LEGAL_SUFFIX, '');
      for (const k of [key, stripped, stripped.replace(LEGAL_SUFFIX, '')]) {
        for (const map of [byName, byAlias, byLostName, byBareName, byAfterFullName]) {
          const hit = map.get(k)?.find((e) => e.person === person);
          if (hit) return hit.id;
        }
      }
      // One entity only: a folded key two entities share says nothing.
      const folded = byFolded.get(foldedKey(canonical))?.filter((e) => e.person === person);
      return folded?.length === 1 ? folded[0]!.id : undefined;
    },
  };
}
