/**
 * getMatchIndex: the prebuilt match index shipped in the build (public/facts/match-index.json, a
 * head, and the parts match-index-N.json it names, joined by lib/match/index-parts.ts), with
 * fact-pack aliases MERGED IN HERE when packs are installed (the content script always gets one
 * index and calls findMentions once). Merging recompiles the shipped index's own input rows
 * (`aliases`, `entities`, which include organisations that are not bundle entities) plus the
 * packs' rows, only when packs exist. The merged index is cached in memory and in the `derived`
 * store (so a restarted worker does not recompile it), keyed by bundle version + packs.
 */
import { compileMatchIndex, indexAliases, indexedEntities, type MatchIndexData } from '../../lib/match/compile-index';
import { readMatchIndex } from '../../lib/match/index-parts';
import { aliasEntries } from '../../lib/facts/alias-entries';
import type { FactsDb } from '../../lib/facts/db';
import { listPacks, packEntities } from '../../lib/facts/packs';
import { readBundleMeta } from '../../lib/facts/seed';
import type { Result } from '../../lib/messaging/protocol';
import { fetchAsset } from './assets';
import { onDataChanged } from './store';

const DERIVED_KEY = 'matchIndex';
let cached: { key: string; value: Result<'getMatchIndex'> } | undefined;
onDataChanged(() => {
  cached = undefined;
});

/** The shipped index: its head, then the parts it names, fetched in parallel and joined. */
const fetchShippedIndex = (): Promise<MatchIndexData> => readMatchIndex((name) => fetchAsset(`/facts/${name}`));

export async function getMatchIndex(db: FactsDb): Promise<Result<'getMatchIndex'>> {
  const [meta, packs] = await Promise.all([readBundleMeta(db), listPacks(db)]);
  const version = meta?.version ?? '';
  const packKey = packs.map((p) => `${p.id}@${p.importedAt}`).join(',');
  const key = `${version}|${packKey}`;
  if (cached?.key === key) return cached.value;
  let index: MatchIndexData | undefined;
  if (packs.length === 0) {
    index = await fetchShippedIndex();
  } else {
    const stored = await db.get('derived', DERIVED_KEY);
    if (stored?.from === key) index = stored.value as MatchIndexData;
    else {
      const shipped = await fetchShippedIndex();
      const extra = aliasEntries(await packEntities(db));
      const entities = indexedEntities(shipped);
      const known = new Set(entities.map((e) => e.id));
      // The shipped block list (public bodies named as phrases) and related entities carry over.
      index = compileMatchIndex([...indexAliases(shipped), ...extra.aliases], [...entities, ...extra.indexed.filter((e) => !known.has(e.id))], { blockList: shipped.blockList ?? [] });
      await db.put('derived', { key: DERIVED_KEY, from: key, value: index });
    }
  }
  // The version names the data the index was built from, packs included, so content scripts can cache by it.
  const value = { version: packKey ? `${version}+${packKey}` : version, index };
  cached = { key, value };
  return value;
}
