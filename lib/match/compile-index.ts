/**
 * Build-time compiler: alias rows -> serialisable match index (loaded by loadMatchIndex).
 * STUB: the detection-engine work replaces the body with a prebuilt compact trie.
 */
import type { AliasEntry, IndexedEntity } from './types';

export interface MatchIndexData {
  format: number;
  entities: IndexedEntity[];
  aliases: AliasEntry[];
}

export function compileMatchIndex(aliases: readonly AliasEntry[], entities: readonly IndexedEntity[]): MatchIndexData {
  return { format: 0, entities: [...entities], aliases: [...aliases] };
}
