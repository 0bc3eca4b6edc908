/**
 * getMatchIndex: the prebuilt match index shipped in the build (public/facts/match-index.json),
 * with fact-pack aliases MERGED IN HERE when packs are installed (the content script always gets
 * one index and calls findMentions once). Merging recompiles from the bundled entities' aliases
 * plus the packs' (only when packs exist), and is cached in memory per bundle version + packs.
 */
import { compileMatchIndex, type MatchIndexData } from '../../lib/match/compile-index';
import { aliasEntries } from '../../lib/facts/alias-entries';
import type { FactsDb } from '../../lib/facts/db';
import { listPacks, packEntities } from '../../lib/facts/packs';
import { readBundleMeta } from '../../lib/facts/seed';
import type { Result } from '../../lib/messaging/protocol';
import { fetchAsset } from './assets';
import { onDataChanged } from './store';

let cached: { key: string; value: Result<'getMatchIndex'> } | undefined;
onDataChanged(() => {
  cached = undefined;
});

export async function getMatchIndex(db: FactsDb): Promise<Result<'getMatchIndex'>> {
  const [meta, packs] = await Promise.all([readBundleMeta(db), listPacks(db)]);
  const version = meta?.version ?? '';
  const packKey = packs.map((p) => `${p.id}@${p.importedAt}`).join(',');
  const key = `${version}|${packKey}`;
  if (cached?.key === key) return cached.value;
  let index: unknown;
  if (packs.length === 0) {
    index = await fetchAsset<MatchIndexData>('/facts/match-index.json');
  } else {
    const entities = [...(await db.getAll('entities')).map((row) => row.entity), ...(await packEntities(db))];
    const { aliases, indexed } = aliasEntries(entities);
    index = compileMatchIndex(aliases, indexed);
  }
  // The version names the data the index was built from, packs included, so content scripts can cache by it.
  const value = { version: packKey ? `${version}+${packKey}` : version, index };
  cached = { key, value };
  return value;
}
