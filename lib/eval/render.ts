/** Text tables for `npm run eval`. */
import { EVAL_LANGS, type EvalReport, type LangScore } from './evaluate';
import { f1, KINDS, type Miss } from './score';

const pct = (x: number): string => (x * 100).toFixed(1).padStart(5);

function row(label: string, s: LangScore): string {
  const cells = KINDS.map((k) => {
    const t = s.tally[k];
    const { p, r, f } = f1(t);
    return `${pct(p)} ${pct(r)} ${pct(f)} (${t.tp}/${t.fp}/${t.fn})`.padEnd(31);
  });
  return `${label.padEnd(4)} ${String(s.docs).padStart(3)}  ${cells.join(' ')} ${s.negatives.hits}/${s.negatives.total}`;
}

export function renderTable(report: EvalReport): string {
  const head = `lang docs  ${KINDS.map((k) => `${k}: P     R     F1   (tp/fp/fn)`.padEnd(31)).join(' ')} negative hits`;
  const lines = [head];
  for (const lang of [...EVAL_LANGS, ...Object.keys(report.byLang).filter((l) => !(EVAL_LANGS as readonly string[]).includes(l))]) {
    const s = report.byLang[lang];
    if (s && s.docs > 0) lines.push(row(lang, s));
  }
  lines.push(row('all', report.all));
  return lines.join('\n');
}

const ORDER: Record<Miss['type'], number> = { hit: 0, fn: 1, fp: 2 };

export function renderEval(report: EvalReport, maxMisses: number): string {
  const out = [renderTable(report)];
  if (report.unresolved.length > 0) out.push(`\nGold names the bundle does not know (counted as misses): ${report.unresolved.join('; ')}`);
  const misses = report.docs.flatMap((d) => d.misses).sort((a, b) => ORDER[a.type] - ORDER[b.type] || a.kind.localeCompare(b.kind));
  if (misses.length > 0) {
    out.push(`\nWorst misses (${Math.min(maxMisses, misses.length)} of ${misses.length}; negative hits first):`);
    for (const m of misses.slice(0, maxMisses)) out.push(`  ${m.type.padEnd(3)} ${m.kind.padEnd(9)} ${m.doc}  "${m.surface}"  ${m.detail}`);
  }
  return out.join('\n');
}
