/**
 * Names as a card shows them. Two listings write names the way an index sorts them or an
 * encyclopaedia disambiguates them: "Walt Disney Company (The)", "Rio Tinto (corporation)",
 * "Metso (2020–present)". The card shows "The Walt Disney Company" and "Rio Tinto"; the written
 * form stays an alias (and the id, so stored corrections still apply).
 */
import type { Entity } from '../schema';

const TRAILING_BRACKET = /^(.*\S)\s*\(([^()]+)\)$/;

/** Qualifiers that only say what kind of thing the name is; a place or an owner ("Coop
 * (Switzerland)", "Free (Iliad)") tells the reader something and stays. */
const DESCRIPTOR = /^(?:corporation|company|brand|Lotterie|Beteiligungsgesellschaft|\d{4}\s*[–-]\s*(?:present|\d{4}))$/i;

/**
 * The name to show, or undefined to keep it. `named(text)`: another entity has this name or
 * alias; `ownAlias(text)`: this entity has it.
 */
export function displayName(name: string, named: (text: string) => boolean, ownAlias: (text: string) => boolean = () => false): string | undefined {
  const m = TRAILING_BRACKET.exec(name);
  if (!m) return undefined;
  const [, base, qualifier] = m as unknown as [string, string, string];
  if (qualifier === 'The') return `The ${base}`;
  // An index's "Lilly (Eli)" is "Eli Lilly" when the entity is also known so.
  if (ownAlias(`${qualifier} ${base}`)) return `${qualifier} ${base}`;
  // A descriptor that tells two entities apart ("Puma (brand)" beside a "Puma") stays.
  return DESCRIPTOR.test(qualifier) && !named(base) ? base : undefined;
}

/**
 * Renames the entities whose written name is a sort or disambiguation form. Returns the written
 * form by id, so a fact that names a renamed entity in that form ("CEO, Lilly (Eli)") can show
 * the card's name instead.
 */
export function applyDisplayNames(entities: Entity[]): Map<string, string> {
  const owners = new Map<string, Set<string>>();
  for (const e of entities) for (const text of [e.name, ...e.aliases.map((a) => a.text)]) {
    const key = text.toLowerCase();
    if (!owners.has(key)) owners.set(key, new Set());
    owners.get(key)!.add(e.id);
  }
  const renamed = new Map<string, string>();
  for (const e of entities) {
    const holders = (text: string) => owners.get(text.toLowerCase()) ?? new Set<string>();
    const shown = displayName(e.name, (text) => [...holders(text)].some((id) => id !== e.id), (text) => holders(text).has(e.id));
    if (!shown) continue;
    if (!e.aliases.some((a) => a.text === e.name)) e.aliases.unshift({ text: e.name });
    renamed.set(e.id, e.name);
    e.name = shown;
  }
  return renamed;
}
