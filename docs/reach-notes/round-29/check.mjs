// node check.mjs FILE orgs|people — checks gathered records; prints problems, then a summary.
import { readFileSync } from 'node:fs';
const [file, what] = process.argv.slice(2);
const known = new Map();
for (const line of readFileSync('/work/r29/known-entities.tsv', 'utf8').split('\n')) {
  const c = line.split('\t'); if (c.length < 5) continue;
  known.set(c[2].toLowerCase(), { kind: c[0], facts: Number(c[4]) });
}
const META = new Set(['name', 'kind', 'aliases', 'sources', 'description_en', 'description_i18n', 'notes']);
const FACT = what === 'people'
  ? ['roles', 'born', 'birthplace', 'nationality', 'education', 'previous', 'joined', 'honours']
  : ['owner', 'parent', 'manager', 'founded', 'founded_place', 'founders', 'hq', 'country', 'ceo', 'ceo_since', 'key_people', 'industry', 'employees', 'revenue', 'other_figures', 'brands', 'subsidiaries', 'major_shareholders', 'status_note', 'website'];
const KINDS = new Set(['company', 'brand', 'investor', 'media', 'organisation']);
const LANGS = ['it', 'fr', 'de', 'es'];
const numbers = (s) => (s.match(/\d+(?:[.,]\d+)*/g) ?? []).map((n) => n.replace(/[.,]/g, ''));
let ok = 0, bad = 0; const seen = new Set();
readFileSync(file, 'utf8').split('\n').forEach((line, i) => {
  if (!line.trim()) return;
  const p = []; let r;
  try { r = JSON.parse(line); } catch (e) { console.log(`line ${i + 1}: not JSON: ${e.message}`); bad++; return; }
  const at = `line ${i + 1} (${r.name})`;
  if (typeof r.name !== 'string' || !r.name.trim()) p.push('no name');
  if (seen.has(String(r.name).toLowerCase())) p.push('same name twice in this file'); seen.add(String(r.name).toLowerCase());
  if (what !== 'people' && !KINDS.has(r.kind)) p.push(`kind must be one of ${[...KINDS].join('|')}`);
  for (const k of Object.keys(r)) if (!META.has(k) && !FACT.includes(k) && !k.endsWith('_conflict')) p.push(`unknown field "${k}"`);
  if (!Array.isArray(r.sources) || !r.sources.length) p.push('no sources');
  const cited = new Set();
  for (const s of r.sources ?? []) {
    if (typeof s.url !== 'string' || !/^https?:\/\//.test(s.url)) p.push(`source without url: ${JSON.stringify(s).slice(0, 80)}`);
    if (typeof s.title !== 'string' || !s.title.trim()) p.push(`source without title: ${s.url}`);
    if (!Array.isArray(s.fields)) p.push(`source without fields: ${s.url}`);
    if (s.date && !/^\d{4}(-\d\d(-\d\d)?)?$/.test(s.date)) p.push(`source date not ISO: ${s.date}`);
    if (s.date && String(s.date) > new Date().toISOString().slice(0, 10)) p.push(`source date ${s.date} is after today: a number in the URL is not a date; leave date out`);
    for (const f of s.fields ?? []) cited.add(f);
  }
  const facts = FACT.filter((k) => k in r);
  for (const k of facts) if (!cited.has(k)) p.push(`field "${k}" is not in any source's fields (cite it or remove it)`);
  for (const k of ['aliases', 'key_people', 'brands', 'subsidiaries', 'founders', 'education', 'honours', 'major_shareholders'])
    if (k in r && (!Array.isArray(r[k]) || r[k].some((x) => typeof x !== 'string' || !x.trim()))) p.push(`"${k}" must be a list of strings`);
  for (const k of ['employees', 'revenue']) if (k in r && (typeof r[k] !== 'object' || typeof r[k].value !== 'string')) p.push(`"${k}" must be {value: "as written", ...}`);
  if (r.roles && (!Array.isArray(r.roles) || r.roles.some((x) => !x?.title || !x?.organization))) p.push('"roles" entries need title and organization');
  if (r.other_figures && (!Array.isArray(r.other_figures) || r.other_figures.some((x) => !x?.label || typeof x?.value !== 'string'))) p.push('"other_figures" entries need label and string value');
  const k = known.get(String(r.name).toLowerCase());
  const extension = k && k.facts >= 3;
  let count = facts.filter((f) => cited.has(f)).length;
  if (r.roles) count += Math.max(0, r.roles.length - 1);
  if (!extension && count < 3) p.push(`only ${count} cited facts (need 3 for a new record${k ? `; the bundle's stub has ${k.facts}` : ''})`);
  if (!extension) {
    if (typeof r.description_en !== 'string' || !r.description_en.trim()) p.push('new record needs description_en');
    else {
      const t = r.description_i18n;
      if (!t || typeof t !== 'object') p.push('new record needs description_i18n {it, fr, de, es}');
      else for (const l of LANGS) {
        if (typeof t[l] !== 'string' || !t[l].trim()) { p.push(`description_i18n.${l} missing`); continue; }
        const en = numbers(r.description_en).sort().join(' '), tr = numbers(t[l]).sort().join(' ');
        if (en !== tr) p.push(`description_i18n.${l}: numbers ${tr || '(none)'} differ from the English ${en || '(none)'}`);
      }
    }
  } else if ('description_en' in r || 'description_i18n' in r) p.push('extension record (bundle has >=3 facts): leave description out');
  if (p.length) { bad++; for (const x of p) console.log(`${at}: ${x}`); } else ok++;
});
console.log(`${file}: ${ok} accepted, ${bad} with problems`);
