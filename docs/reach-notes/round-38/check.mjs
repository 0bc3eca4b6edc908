// node check.mjs FILE orgs|people : shape and citation checks for gatherer output
import { readFileSync } from 'node:fs';
const [file, what] = process.argv.slice(2);
if (!file || !['orgs', 'people'].includes(what)) { console.error('usage: node check.mjs FILE orgs|people'); process.exit(2); }
const META = new Set(['name', 'kind', 'aliases', 'sources', 'description_en', 'description_i18n', 'only_beside_full_name', 'only_beside_full_name_note']);
const KINDS = new Set(['company', 'brand', 'investor', 'media', 'organisation']);
const TEXT = ['name', 'kind', 'owner', 'parent', 'manager', 'hq', 'country', 'ceo', 'ceo_since', 'industry', 'founded', 'founded_place', 'website', 'description_en', 'status_note', 'born', 'birthplace', 'nationality', 'previous', 'joined'];
const LISTS = ['aliases', 'founders', 'key_people', 'brands', 'subsidiaries', 'major_shareholders', 'education', 'honours'];
const today = new Date().toISOString().slice(0, 10);
let bad = 0, n = 0;
const lines = readFileSync(file, 'utf8').split('\n');
lines.forEach((line, i) => {
  if (!line.trim()) return;
  n++;
  const err = (m) => { bad++; console.log(`${file}:${i + 1}: ${m}`); };
  let r;
  try { r = JSON.parse(line); } catch (e) { return err(`not JSON: ${e.message}`); }
  if (typeof r.name !== 'string' || !r.name.trim()) return err('name missing');
  for (const k of TEXT) if (k in r && typeof r[k] !== 'string') err(`${k} must be a string`);
  for (const k of LISTS) if (k in r && (!Array.isArray(r[k]) || r[k].some((x) => typeof x !== 'string' || !x.trim()))) err(`${k} must be a list of non-empty strings`);
  for (const k of ['employees', 'revenue']) if (k in r) {
    const a = r[k];
    if (!a || typeof a !== 'object' || typeof a.value !== 'string') err(`${k} must be {value: "string", ...}`);
    else if ('value_number' in a && typeof a.value_number !== 'number') err(`${k}.value_number must be a number`);
  }
  if ('other_figures' in r && (!Array.isArray(r.other_figures) || r.other_figures.some((f) => !f || typeof f.label !== 'string' || typeof f.value !== 'string'))) err('other_figures entries must be {label, value} strings');
  if (what === 'orgs' && !KINDS.has(r.kind)) err(`kind must be one of ${[...KINDS].join(', ')}`);
  if (what === 'people') {
    if (!Array.isArray(r.roles) || r.roles.length === 0 || r.roles.some((x) => !x || typeof x.title !== 'string' || typeof x.organization !== 'string')) err('roles must be a non-empty list of {title, organization}');
  }
  if (r._extension) { if (!Array.isArray(r.sources) || !r.sources.length) err('sources missing'); return; }
  if (typeof r.description_en !== 'string') err('description_en missing');
  const i18n = r.description_i18n;
  if (!i18n || ['it', 'fr', 'de', 'es'].some((l) => typeof i18n[l] !== 'string' || !i18n[l].trim())) err('description_i18n needs it, fr, de, es');
  else {
    const nums = (s) => (s.match(/\d+/g) ?? []).join(',');
    const en = new Set((r.description_en ?? '').match(/\d+/g) ?? []);
    for (const l of ['it', 'fr', 'de', 'es']) for (const d of i18n[l].match(/\d+/g) ?? []) if (!en.has(d) && !en.has(d.replace(/^0+/, ''))) { err(`description_i18n.${l} has a number "${d}" the English lacks`); break; }
    void nums;
  }
  if (!Array.isArray(r.sources) || r.sources.length === 0) return err('sources missing');
  const cited = new Set();
  r.sources.forEach((s, j) => {
    if (!s || typeof s.url !== 'string' || typeof s.title !== 'string' || !Array.isArray(s.fields)) return err(`sources[${j}] must be {url, title, fields: [...]}`);
    if (s.date && (typeof s.date !== 'string' || s.date > today)) err(`sources[${j}].date ${s.date} is not a past date`);
    for (const f of s.fields) cited.add(f);
  });
  const facts = Object.keys(r).filter((k) => !META.has(k) && (k === 'status_note' || !k.endsWith('_note')) && !k.endsWith('_conflict'));
  for (const k of facts) if (!cited.has(k)) err(`field "${k}" is cited by no source's fields (it would be dropped)`);
  let count = facts.filter((k) => cited.has(k)).length;
  if (what === 'people') count += Math.max(0, (r.roles?.length ?? 0) - 1);
  if (count < 3) err(`only ${count} cited fact field(s): at least three needed`);
});
console.log(`${file}: ${n} records, ${bad} problem(s)`);
process.exit(bad ? 1 : 0);
