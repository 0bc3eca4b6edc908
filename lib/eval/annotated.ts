/**
 * Annotated fixture sources -> CorpusDoc. The corpus is written as plain text with inline marks,
 * so gold offsets and counts are computed, never counted by hand:
 *   [[surface]]  [[surface|Canonical]]            company or person mention
 *   {{surface|amount|CUR|kind}}                    money figure (CUR "-" = none; kind t|ps|lo|hi)
 *   <<surface|why>>                                a negative: nothing may be found here
 * Header lines before the text:  #lang es-CL   #covers row-id, row-id
 */
import type { FigureKind } from '../money/types';
import { lookupCanonical } from './canonical-table';
import type { CorpusDoc, GoldEntity, GoldMoney, GoldNegative } from './types';

const KINDS: Record<string, FigureKind> = {
  t: 'total', total: 'total', ps: 'per_share', per_share: 'per_share',
  lo: 'range_low', range_low: 'range_low', hi: 'range_high', range_high: 'range_high',
};

const MARK = /\[\[([^\]]+?)\]\]|\{\{([^}]+?)\}\}|<<([^>]+?)>>/g;

export class AnnotationError extends Error {}

export function parseAnnotated(source: string, defaultLang: string, where = 'fixture'): CorpusDoc {
  const lines = source.split('\n');
  let lang = defaultLang;
  let covers: string[] = [];
  while (lines.length > 0 && lines[0]!.startsWith('#')) {
    const header = lines.shift()!;
    const m = /^#(\w+)\s+(.*)$/.exec(header);
    if (!m) throw new AnnotationError(`${where}: bad header line "${header}"`);
    if (m[1] === 'lang') lang = m[2]!.trim();
    else if (m[1] === 'covers') covers = m[2]!.split(',').map((s) => s.trim()).filter(Boolean);
    else throw new AnnotationError(`${where}: unknown header "${m[1]}"`);
  }
  const body = lines.join('\n').trim() + '\n';

  let text = '';
  let last = 0;
  const entities = new Map<string, GoldEntity & { bucket: 'companies' | 'people' }>();
  const money: GoldMoney[] = [];
  const negatives: GoldNegative[] = [];
  for (const m of body.matchAll(MARK)) {
    text += body.slice(last, m.index);
    last = m.index + m[0].length;
    const parts = (m[1] ?? m[2] ?? m[3])!.split('|');
    const surface = parts[0]!;
    const start = text.length;
    text += surface;
    const end = text.length;
    if (m[1] !== undefined) {
      const found = lookupCanonical(parts[1] ?? surface);
      if (!found) throw new AnnotationError(`${where}: no canonical for [[${m[1]}]]`);
      const key = `${found.bucket}\u0000${found.canonical}\u0000${surface}`;
      const entry = entities.get(key) ?? { surface, canonical: found.canonical, count: 0, spans: [], bucket: found.bucket };
      entry.count += 1;
      entry.spans!.push([start, end]);
      entities.set(key, entry);
    } else if (m[2] !== undefined) {
      const [, amountText, cur, kindText = 't'] = parts;
      const amount = Number(amountText);
      const kind = KINDS[kindText];
      if (!Number.isFinite(amount) || !kind || cur === undefined || !/^([A-Z]{3}|-)$/.test(cur)) {
        throw new AnnotationError(`${where}: bad money mark {{${m[2]}}}`);
      }
      money.push({ surface, amount, currency: cur === '-' ? null : cur, kind, start, end });
    } else {
      if (!parts[1]) throw new AnnotationError(`${where}: negative <<${m[3]}>> needs a reason`);
      negatives.push({ surface, why: parts[1], start, end });
    }
  }
  text += body.slice(last);
  if (/\[\[|\]\]|\{\{|\}\}|<<|>>/.test(text)) throw new AnnotationError(`${where}: unbalanced mark`);

  const pick = (bucket: 'companies' | 'people'): GoldEntity[] =>
    [...entities.values()].filter((e) => e.bucket === bucket).map(({ bucket: _b, ...e }) => e);
  return {
    lang,
    text,
    gold: { companies: pick('companies'), people: pick('people'), money, negatives },
    ...(covers.length > 0 ? { covers } : {}),
  };
}
