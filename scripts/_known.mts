// Writes /work/r20/known-entities.tsv: kind, id, name, aliases (|), fact count (w/o description), a few roles/owners.
import { writeFileSync } from 'node:fs';
import { loadBundleFromDisk } from './lib/facts/load-bundle-node';
const b = await loadBundleFromDisk();
const names = new Map(b.entities.map((e) => [e.id, e.name]));
const show = (v: unknown): string => {
  if (v == null) return '';
  if (typeof v === 'string' || typeof v === 'number') return String(v);
  if (Array.isArray(v)) return v.map(show).join(', ');
  const o = v as Record<string, unknown>;
  if (typeof o.t === 'string' && 'v' in o) return show(o.v);
  if (typeof o.name === 'string') return o.name;
  if (typeof o.ref === 'string') return names.get(o.ref) ?? o.ref;
  if (typeof o.id === 'string') return names.get(o.id) ?? o.id;
  if (Array.isArray(v)) return v.map(show).join(', ');
  if (o.title || o.organization || o.org) return [o.title, show(o.organization ?? o.org)].filter(Boolean).join(' @ ');
  return JSON.stringify(v).slice(0, 80);
};
const rows = b.entities.map((e) => {
  const facts = e.facts.filter((f) => f.key !== 'description');
  const bits = facts.filter((f) => ['role', 'owner', 'parent', 'ceo', 'hq', 'country'].includes(f.key)).slice(0, 4).map((f) => `${f.key}=${show(f.value)}`.replace(/[\t\n]/g, ' ').slice(0, 90));
  return [e.kind, e.id, e.name, e.aliases.map((a) => a.text).join('|'), facts.length, bits.join('; ')].join('\t');
});
writeFileSync('/work/r20/known-entities.tsv', rows.join('\n') + '\n');
console.log(rows.length, 'rows');
