/**
 * Alias rows for the matcher compiler (lib/match/compile-index.ts) from entity records, used at
 * run time to merge fact-pack entities into the match index. The entity's name counts as an
 * alias (unflagged) unless an alias with the same text carries its own flags.
 */
import type { AliasEntry, IndexedEntity } from '../match/types';
import type { Entity } from './schema';

export function aliasEntries(entities: readonly Entity[]): { aliases: AliasEntry[]; indexed: IndexedEntity[] } {
  const aliases: AliasEntry[] = [];
  const indexed: IndexedEntity[] = [];
  for (const entity of entities) {
    indexed.push({ id: entity.id, kind: entity.kind, name: entity.name });
    const texts = new Set<string>();
    for (const alias of entity.aliases) {
      if (texts.has(alias.text)) continue;
      texts.add(alias.text);
      aliases.push({ text: alias.text, entityId: entity.id, kind: entity.kind, flags: { ...(alias.flags ?? {}) } });
    }
    if (!texts.has(entity.name)) aliases.push({ text: entity.name, entityId: entity.id, kind: entity.kind, flags: {} });
  }
  return { aliases, indexed };
}
