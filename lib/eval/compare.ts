/**
 * `npm run eval -- --compare`: money figures only, our parser against Microsoft Recognizers-Text
 * (@microsoft/recognizers-text-suite) and compromise, on the same corpus. The two libraries are
 * optional devDependencies, loaded only here; when missing, the comparison says so.
 */
import { parseFigures } from '../money/index';
import { loadCorpus } from './load-corpus';
import { f1, sameAmount, type Tally } from './score';
import type { LoadedDoc } from './types';
import { EVAL_LANGS } from './evaluate';

export interface Found {
  start: number;
  end: number;
  amount: number;
  currency: string | null;
}

type Finder = (text: string, lang: string) => Found[];

/** strict: same span; lenient: overlapping span. Both need the amount and the currency right (kind is ignored: the libraries have none). */
export function scoreFound(doc: LoadedDoc, found: Found[], lenient: boolean): Tally {
  const used = new Set<number>();
  let tp = 0;
  for (const g of doc.gold.money) {
    const at = found.findIndex((f, i) => !used.has(i) && sameAmount(f.amount, g.amount) && f.currency === g.currency
      && (lenient ? f.start < g.end! && g.start! < f.end : f.start === g.start && f.end === g.end));
    if (at >= 0) {
      used.add(at);
      tp += 1;
    }
  }
  return { tp, fp: found.length - tp, fn: doc.gold.money.length - tp };
}

const ours: Finder = (text, lang) => parseFigures(text, { lang });

/** Recognizers-Text names some currencies without an ISO code ("Dollar" for $): read them as a reader would. */
const RECOGNIZERS_UNITS: Record<string, string> = {
  Dollar: 'USD', 'United States dollar': 'USD', Euro: 'EUR', Pound: 'GBP', 'British pound': 'GBP', 'Pound sterling': 'GBP',
  'Swiss franc': 'CHF', Franc: 'CHF', Yen: 'JPY', 'Japanese yen': 'JPY', Yuan: 'CNY', 'Chinese yuan': 'CNY', Renminbi: 'CNY',
  'Australian dollar': 'AUD', 'Canadian dollar': 'CAD', 'Hong Kong dollar': 'HKD', 'Brazilian real': 'BRL', 'Chilean peso': 'CLP', 'Mexican peso': 'MXN',
};

const CULTURES: Record<string, string> = { en: 'en-us', fr: 'fr-fr', de: 'de-de', es: 'es-es', it: 'it-it' };

async function loadRecognizers(): Promise<Finder | string> {
  const name = '@microsoft/recognizers-text-suite';
  try {
    const mod = (await import(name)) as { recognizeCurrency: (text: string, culture: string) => { start: number; end: number; resolution?: { value?: string; isoCurrency?: string; unit?: string } }[] };
    return (text, lang) => mod.recognizeCurrency(text, CULTURES[lang.split('-')[0]!] ?? 'en-us').flatMap((r) => {
      const amount = Number(r.resolution?.value);
      if (!Number.isFinite(amount)) return [];
      // Recognizers-Text ends are inclusive.
      const unit = r.resolution?.unit ?? '';
      return [{ start: r.start, end: r.end + 1, amount, currency: r.resolution?.isoCurrency || RECOGNIZERS_UNITS[unit] || null }];
    });
  } catch {
    return `${name} is not installed`;
  }
}

const COMPROMISE_CURRENCY: Record<string, string> = { $: 'USD', '€': 'EUR', '£': 'GBP', '¥': 'JPY', usd: 'USD', eur: 'EUR', gbp: 'GBP', dollar: 'USD', dollars: 'USD', euro: 'EUR', euros: 'EUR', pound: 'GBP', pounds: 'GBP', yen: 'JPY' };

async function loadCompromise(): Promise<Finder | string> {
  try {
    const name = 'compromise';
    const nlp = ((await import(name)) as { default: (text: string) => unknown }).default;
    return (text) => {
      const doc = nlp(text) as { money(): { json(o: object): { text: string; offset?: { start: number; length: number }; money?: { num?: number; currency?: string } }[] } };
      return doc.money().json({ offset: true }).flatMap((m) => {
        const amount = m.money?.num;
        if (typeof amount !== 'number' || !m.offset) return [];
        const unit = (m.money?.currency ?? '').toLowerCase();
        const trimmed = m.text.replace(/[\s.,;:!?]+$/u, '');
        return [{ start: m.offset.start, end: m.offset.start + trimmed.length, amount, currency: COMPROMISE_CURRENCY[unit] ?? null }];
      });
    };
  } catch {
    return 'compromise is not installed';
  }
}

export async function runComparison(docs: LoadedDoc[] = loadCorpus()): Promise<string> {
  const finders: [string, Finder | string][] = [
    ['Backstory', ours],
    ['Recognizers-Text', await loadRecognizers()],
    ['compromise', await loadCompromise()],
  ];
  const lines = ['Money only — F1 strict (same span) / lenient (overlapping span); amount and currency must match:', `${'library'.padEnd(18)} ${EVAL_LANGS.map((l) => l.padEnd(13)).join(' ')} all`];
  for (const [label, finder] of finders) {
    if (typeof finder === 'string') {
      lines.push(`${label.padEnd(18)} (${finder})`);
      continue;
    }
    const cells: string[] = [];
    const total = { strict: { tp: 0, fp: 0, fn: 0 }, lenient: { tp: 0, fp: 0, fn: 0 } };
    for (const lang of [...EVAL_LANGS, 'all']) {
      const set = docs.filter((d) => lang === 'all' || d.base === lang);
      const acc = { strict: { tp: 0, fp: 0, fn: 0 }, lenient: { tp: 0, fp: 0, fn: 0 } };
      for (const d of set) {
        let found: Found[];
        try {
          found = finder(d.text, d.lang);
        } catch {
          found = [];
        }
        for (const mode of ['strict', 'lenient'] as const) {
          const t = scoreFound(d, found, mode === 'lenient');
          acc[mode].tp += t.tp; acc[mode].fp += t.fp; acc[mode].fn += t.fn;
        }
      }
      if (lang === 'all') Object.assign(total, acc);
      cells.push(`${(f1(acc.strict).f * 100).toFixed(1)}/${(f1(acc.lenient).f * 100).toFixed(1)}`.padEnd(13));
    }
    lines.push(`${label.padEnd(18)} ${cells.join(' ')}`);
  }
  return lines.join('\n');
}
