/** `backstory stats [--json]`: counts, share of facts with source and as-of, bundle version and data date. */
import { loadBundleFromDisk, loadMetaFromDisk } from '../facts/load-bundle-node';

export async function runStats(argv: string[]): Promise<number> {
  const json = argv.includes('--json');
  const [bundle, meta] = [await loadBundleFromDisk(), await loadMetaFromDisk()];
  const facts = [...bundle.entities.flatMap((e) => e.facts), ...bundle.deals.flatMap((d) => d.facts ?? [])];
  const withSource = facts.filter((f) => f.sources.length > 0 && f.sources.every((s) => s.length > 0)).length;
  const withAsOf = facts.filter((f) => typeof f.asOf === 'string' && f.asOf.length > 0).length;
  const kind = (k: string) => bundle.entities.filter((e) => e.kind === k).length;
  const stats = {
    companies: kind('company'),
    people: kind('person'),
    deals: bundle.deals.length,
    facts: facts.length,
    factsWithSource: withSource,
    factsWithAsOf: withAsOf,
    factsUndated: facts.filter((f) => f.asOf === 'undated').length,
    percentWithSource: facts.length ? Math.round((withSource / facts.length) * 10000) / 100 : 100,
    percentWithAsOf: facts.length ? Math.round((withAsOf / facts.length) * 10000) / 100 : 100,
    entities: bundle.entities.length,
    brands: kind('brand'),
    investors: kind('investor'),
    media: kind('media'),
    sources: bundle.sources.length,
    aliases: meta.counts.aliases ?? 0,
    currencies: bundle.currencies.length,
    fxDates: bundle.fx.dates.length,
    version: bundle.version,
    dataDate: bundle.dataDate,
    bundleBytes: meta.sizes.bundleBytes ?? 0,
    bundleGzipBytes: meta.sizes.bundleGzipBytes ?? 0,
  };
  if (json) {
    console.log(JSON.stringify(stats));
    return 0;
  }
  console.log(`Backstory fact bundle ${stats.version} (data date ${stats.dataDate})`);
  console.log(`  ${stats.companies} companies, ${stats.people} people, ${stats.deals} deals; also ${stats.brands} brands, ${stats.investors} investors, ${stats.media} media`);
  console.log(`  ${stats.facts} facts: ${stats.percentWithSource}% with a source, ${stats.percentWithAsOf}% with an as-of (${stats.factsUndated} "undated")`);
  console.log(`  ${stats.sources} sources, ${stats.aliases} aliases, ${stats.currencies} currencies, FX on ${stats.fxDates} dates`);
  console.log(`  bundle ${(stats.bundleBytes / 1024).toFixed(0)} KiB (${(stats.bundleGzipBytes / 1024).toFixed(0)} KiB gzip)`);
  return 0;
}
