/** The counts a bundle's status shows (options page, popup). Computed by the build, which ships them
 *  in the bundle head, so that a seed need not read the entities to count them. */
import type { BundleMeta } from './db';
import type { FactBundle } from './schema';

export function bundleCounts(bundle: Pick<FactBundle, 'entities' | 'deals' | 'sources'>): BundleMeta['counts'] {
  let companies = 0;
  let people = 0;
  let organisations = 0;
  let facts = 0;
  for (const entity of bundle.entities) {
    if (entity.kind === 'company') companies++;
    else if (entity.kind === 'person') people++;
    else organisations++;
    facts += entity.facts.length;
  }
  for (const deal of bundle.deals) facts += deal.facts?.length ?? 0;
  return { companies, people, organisations, deals: bundle.deals.length, facts, sources: bundle.sources.length };
}
