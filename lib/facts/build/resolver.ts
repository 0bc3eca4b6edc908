/** Resolves names in facts and deals ("Tesla, Inc.", "OpenAI (the non-profit ...)") to entity ids. */
import { normaliseName } from '../aliases';
import type { EntityKind } from '../schema';

export interface NamedEntity {
  id: string;
  kind: EntityKind;
  name: string;
  aliases: readonly { text: string }[];
}

export class NameResolver {
  private readonly people = new Map<string, string>();
  private readonly orgs = new Map<string, string>();
  /** Names as written (lower case) first: "Porsche AG" is the carmaker although it normalises
   * to the "porsche" of Porsche SE, which comes earlier. */
  private readonly exactPeople = new Map<string, string>();
  private readonly exactOrgs = new Map<string, string>();

  /** Earlier entities win a shared name: curated records are added first. */
  constructor(entities: readonly NamedEntity[]) {
    for (const e of entities) {
      const map = e.kind === 'person' ? this.people : this.orgs;
      const exact = e.kind === 'person' ? this.exactPeople : this.exactOrgs;
      for (const n of [e.name, ...e.aliases.map((a) => a.text)]) {
        const key = normaliseName(n);
        if (key.length >= 2 && !map.has(key)) map.set(key, e.id);
        if (!exact.has(n.toLowerCase())) exact.set(n.toLowerCase(), e.id);
      }
    }
  }

  /** Tries the name as given, then without its parenthetical or trailing qualifiers. */
  resolve(name: string, prefer: 'person' | 'org' | 'any' = 'any'): string | undefined {
    const lookup = (people: Map<string, string>, orgs: Map<string, string>, key: string) =>
      prefer === 'person' ? people.get(key) : prefer === 'org' ? orgs.get(key) : people.get(key) ?? orgs.get(key);
    const variants = [name, name.replace(/\s*\(.*$/, ''), name.replace(/\s*[,(].*$/, ''), name.replace(/\s+(since|from|via|through)\b.*$/i, '')];
    for (const v of variants) {
      const exact = lookup(this.exactPeople, this.exactOrgs, v.trim().toLowerCase());
      if (exact) return exact;
      const key = normaliseName(v);
      if (key.length < 2) continue;
      const hit = lookup(this.people, this.orgs, key);
      if (hit) return hit;
    }
    return undefined;
  }
}
