/**
 * The shape check of one curated record, run as each JSON line is read, so that a hand-edited or
 * gathered line of the wrong shape stops the build with its file, line and field ("key_people
 * entry 1 must be a string") instead of a type error deep in a converter.
 */

export type CuratedKind = 'organisation' | 'person' | 'deal';

const TEXT_FIELDS = [
  'name', 'kind', 'owner', 'parent', 'manager', 'hq', 'country', 'ceo', 'ceo_since', 'industry',
  'founded', 'founded_place', 'website', 'description_en', 'status_note', 'born', 'birthplace',
  'nationality', 'previous', 'joined', 'target', 'announced', 'completed', 'status', 'summary_en',
  'only_beside_full_name_note',
];
const TEXT_LISTS = ['aliases', 'only_beside_full_name', 'founders', 'key_people', 'brands', 'subsidiaries', 'major_shareholders', 'education', 'honours', 'acquirer_or_investors'];
const AMOUNTS = ['employees', 'revenue', 'amount'];

/** Today, ISO ("2026-12-02"): "2027" and "2026-12-31" sort after it, "2026" and "2026-11" before. */
const TODAY = new Date().toISOString().slice(0, 10);
const isText = (x: unknown): x is string => typeof x === 'string' && x.trim() !== '';
const describe = (x: unknown): string => (x === null ? 'null' : Array.isArray(x) ? 'a list' : typeof x === 'object' ? 'an object' : `${typeof x} ${JSON.stringify(x)}`);

/** The first problem with a record's shape, or undefined when the converters can read it. */
export function curatedShapeProblem(record: unknown, kind: CuratedKind): string | undefined {
  if (!record || typeof record !== 'object' || Array.isArray(record)) return `${kind === 'organisation' ? 'an' : 'a'} ${kind} record must be a JSON object, got ${describe(record)}`;
  const r = record as Record<string, unknown>;
  if (kind !== 'deal' && !isText(r.name)) return `"name" must be a non-empty string, got ${describe(r.name)}`;
  for (const k of TEXT_FIELDS) if (k in r && typeof r[k] !== 'string') return `"${k}" must be a string, got ${describe(r[k])}`;
  for (const k of TEXT_LISTS) {
    if (!(k in r)) continue;
    const list = r[k];
    if (!Array.isArray(list)) return `"${k}" must be a list of strings, got ${describe(list)}`;
    const i = list.findIndex((x) => !isText(x));
    if (i >= 0) return `"${k}" entry ${i + 1} must be a non-empty string${k === 'key_people' ? ' "Name (title)"' : ''}, got ${describe(list[i])}`;
  }
  for (const k of AMOUNTS) {
    if (!(k in r)) continue;
    const a = r[k] as Record<string, unknown> | null;
    if (!a || typeof a !== 'object' || Array.isArray(a)) return `"${k}" must be an object {value, ...}, got ${describe(a)}`;
    if ('value' in a && typeof a.value !== 'string') return `"${k}.value" must be a string as the page writes it ("4.2 billion"), got ${describe(a.value)}`;
    if ('value_number' in a && typeof a.value_number !== 'number') return `"${k}.value_number" must be a number, got ${describe(a.value_number)}`;
  }
  if ('other_figures' in r) {
    const list = r.other_figures;
    if (!Array.isArray(list)) return `"other_figures" must be a list, got ${describe(list)}`;
    const i = list.findIndex((f) => !f || typeof f !== 'object' || !isText((f as { label?: unknown }).label) || typeof (f as { value?: unknown }).value !== 'string');
    if (i >= 0) return `"other_figures" entry ${i + 1} must be {label, value} with string values, got ${JSON.stringify(list[i])}`;
  }
  if ('roles' in r) {
    const list = r.roles;
    if (!Array.isArray(list)) return `"roles" must be a list, got ${describe(list)}`;
    const i = list.findIndex((x) => !x || typeof x !== 'object' || !isText((x as { title?: unknown }).title) || !isText((x as { organization?: unknown }).organization));
    if (i >= 0) return `"roles" entry ${i + 1} must be {title, organization} with string values, got ${JSON.stringify(list[i])}`;
  }
  const sources = r.sources;
  if (!Array.isArray(sources) || sources.length === 0) return `"sources" must be a non-empty list, got ${describe(sources)}`;
  const i = sources.findIndex((s) => !s || typeof s !== 'object' || !isText((s as { url?: unknown }).url) || !isText((s as { title?: unknown }).title)
    || ('fields' in s && (!Array.isArray((s as { fields?: unknown }).fields) || !((s as { fields: unknown[] }).fields).every(isText))));
  if (i >= 0) return `"sources" entry ${i + 1} must be {url, title, fields: [strings]}, got ${JSON.stringify(sources[i])}`;
  // An article number in a URL ("/2070076/") read as a year would date the page, and the whole
  // bundle's data date, decades ahead.
  const late = sources.findIndex((s) => typeof (s as { date?: unknown }).date === 'string' && (s as { date: string }).date > TODAY);
  if (late >= 0) return `"sources" entry ${late + 1} is dated ${(sources[late] as { date: string }).date}, after today (${TODAY}): a page cannot be dated in the future`;
  return undefined;
}
