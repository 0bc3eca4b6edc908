/** Curated people.jsonl records -> person drafts: role facts (org resolved later), biography facts. */
import type { Candidate } from '../prefer';
import type { TextTranslations } from '../schema';
import type { CuratedPerson } from './curated-types';
import { pushDefined, type EntityDraft } from './draft';
import { candidate, conflictCandidate, summaryCandidate, isIsoDate, registerRecordSources, splitQualifier, textValue } from './fact-helpers';
import type { SourceRegistry } from './source-registry';

export function convertPerson(rec: CuratedPerson, registry: SourceRegistry, i18n?: TextTranslations): EntityDraft {
  const rs = registerRecordSources(registry, rec.sources);
  const c: Candidate[] = [];
  const s = (k: string) => (typeof rec[k] === 'string' ? (rec[k] as string) : undefined);
  const list = (k: string) => (Array.isArray(rec[k]) ? (rec[k] as unknown[]).filter((x): x is string => typeof x === 'string') : undefined);

  for (const role of rec.roles ?? []) {
    const org = splitQualifier(role.organization);
    const value = {
      t: 'role' as const,
      title: role.title.slice(0, 200),
      org: { name: org.name || role.organization },
      ...(isIsoDate(role.since) ? { since: role.since } : {}),
      ...(isIsoDate(role.until) ? { until: role.until } : {}),
    };
    const note = [org.detail, role.note].filter(Boolean).join('; ') || undefined;
    // as-of: the end date of a past role; for a current one the newest page that states it
    // (its start stays in the value), or its start when no page is dated.
    const fact = candidate(rs, 'roles', 'role', value, role.until, note);
    if (fact && fact.asOf === 'undated' && isIsoDate(role.since)) fact.asOf = role.since;
    pushDefined(c, fact);
  }
  pushDefined(c, conflictCandidate(rs, 'roles_conflict', 'role', rec.roles_conflict));
  const born = s('born');
  if (born) pushDefined(c, candidate(rs, 'born', 'born', isIsoDate(born) ? { t: 'date', v: born } : textValue(born)));
  pushDefined(c, conflictCandidate(rs, 'born_conflict', 'born', rec.born_conflict));
  const text = (field: string, key: string) => {
    const v = s(field);
    if (v) pushDefined(c, candidate(rs, field, key, textValue(v)));
  };
  text('birthplace', 'birthplace');
  pushDefined(c, conflictCandidate(rs, 'birthplace_conflict', 'birthplace', rec.birthplace_conflict));
  text('nationality', 'nationality');
  pushDefined(c, summaryCandidate(rs, 'description_en', 'description', s('description_en'), i18n));
  text('joined', 'joined');
  text('previous', 'previousRoles');
  text('note', 'remark');
  for (const [field, key] of [['education', 'education'], ['honours', 'honours']] as const) {
    const v = list(field);
    if (v?.length) pushDefined(c, candidate(rs, field, key, { t: 'list', v: v.map((x) => x.slice(0, 300)) }));
  }
  return {
    kind: 'person',
    name: rec.name,
    aliases: (rec.aliases ?? []).map((a) => ({ text: a })),
    candidates: c,
    match: { tickers: [], isins: [] },
    origin: 'curated',
    wikipedia: s('wikipedia'),
  };
}
