/** Curated companies.jsonl records -> entity drafts (one fact candidate per supported field). */
import type { Candidate } from '../prefer';
import type { EntityKind, FactValue, TextTranslations } from '../schema';
import type { CuratedAmount, CuratedCompany } from './curated-types';
import { pushDefined, type EntityDraft } from './draft';
import {
  candidate, conflictCandidate, summaryCandidate, countValue, dateFromText, isIsoDate, moneyValue, registerRecordSources,
  splitQualifier, textValue, type RecordSources,
} from './fact-helpers';
import type { SourceRegistry } from './source-registry';

/** Kinds other than 'company', per the categories in data/sources/curated/ADDED.md. */
const CURATED_KIND: Readonly<Record<string, EntityKind>> = {
  BlackRock: 'investor', KKR: 'investor', Blackstone: 'investor', 'Valor Equity Partners': 'investor',
  'Andreessen Horowitz': 'investor', 'Sequoia Capital': 'investor',
  'Bloomberg L.P.': 'media', 'Thomson Reuters': 'media', 'Dow Jones & Company': 'media',
  'Financial Times': 'media', 'Il Sole 24 Ore': 'media', 'RCS MediaGroup': 'media',
};

const NET_INCOME_LABEL = /net (profit|income)|utile netto|bénéfice net|beneficio neto|nettogewinn|attributable profit/i;
const AUM_LABEL = /^(regulatory )?assets under management$/i;
/** Part-year figures stay generic `figure`s: they are not comparable with annual ones. */
const PART_YEAR = /nine|half|quarter|month|\bH[12]\b|\bQ[1-4]\b|semest|trimest/i;

/** Fact key for an `other_figures` entry: netIncome / aum for annual figures, else figure. */
export function figureKey(label: string | undefined): string {
  if (!label || PART_YEAR.test(label)) return 'figure';
  if (NET_INCOME_LABEL.test(label) && !/before tax|pre-tax|operating/i.test(label)) return 'netIncome';
  if (AUM_LABEL.test(label)) return 'aum';
  return 'figure';
}

export function convertCompany(rec: CuratedCompany, registry: SourceRegistry, i18n?: TextTranslations): EntityDraft {
  const rs = registerRecordSources(registry, rec.sources);
  const c: Candidate[] = [];
  const s = (k: string) => (typeof rec[k] === 'string' ? (rec[k] as string) : undefined);
  const list = (k: string) => (Array.isArray(rec[k]) ? (rec[k] as unknown[]).filter((x): x is string => typeof x === 'string') : undefined);
  const text = (field: string, key: string, noteField?: string) => {
    const v = s(field);
    if (v) pushDefined(c, candidate(rs, field, key, textValue(v), undefined, noteField ? s(noteField) : undefined));
  };
  const listFact = (field: string, key: string, noteField?: string) => {
    const v = list(field);
    if (v?.length) pushDefined(c, candidate(rs, field, key, { t: 'list', v: v.map((x) => x.slice(0, 300)) }, undefined, noteField ? s(noteField) : undefined));
  };

  pushDefined(c, summaryCandidate(rs, 'description_en', 'description', s('description_en'), i18n));
  const founded = s('founded');
  if (founded) pushDefined(c, candidate(rs, 'founded', 'founded', isIsoDate(founded) ? { t: 'date', v: founded } : textValue(founded), undefined, s('founded_note')));
  pushDefined(c, conflictCandidate(rs, 'founded_conflict', 'founded', rec.founded_conflict));
  listFact('founders', 'founders', 'founders_note');
  text('founded_place', 'foundedPlace');
  text('hq', 'hq', 'hq_note');
  text('country', 'country');
  const ceo = s('ceo');
  if (ceo) {
    // as-of: the newest page stating who is CEO; the start date goes in the note (and is the
    // as-of only when no page is dated).
    const since = s('ceo_since');
    const fact = candidate(rs, 'ceo', 'ceo', { t: 'entity', v: { name: ceo } }, undefined, since ? `in office since ${since}` : undefined);
    if (fact && fact.asOf === 'undated' && isIsoDate(since)) fact.asOf = since;
    pushDefined(c, fact);
  }
  pushDefined(c, conflictCandidate(rs, 'ceo_conflict', 'ceo', rec.ceo_conflict));
  c.push(...ceoChange(rs, rec.ceo_change));
  listFact('key_people', 'keyPeople');
  pushDefined(c, conflictCandidate(rs, 'key_people_conflict', 'keyPeople', rec.key_people_conflict));
  text('industry', 'industry');
  const emp = rec.employees as CuratedAmount | undefined;
  if (emp?.value) pushDefined(c, candidate(rs, 'employees', 'employees', countValue(emp.value, 'employees'), dateFromText(emp.as_of)));
  const rev = rec.revenue as CuratedAmount | undefined;
  if (rev) pushDefined(c, figure(rs, 'revenue', 'revenue', rev, rev.year));
  pushDefined(c, conflictCandidate(rs, 'revenue_conflict', 'revenue', rec.revenue_conflict));
  const val = rec.valuation_or_market_cap as CuratedAmount | undefined;
  const valKey = val?.kind && /market cap/i.test(val.kind) ? 'marketCap' : 'valuation';
  if (val) pushDefined(c, figure(rs, 'valuation_or_market_cap', valKey, val, val.kind));
  pushDefined(c, conflictCandidate(rs, 'valuation_conflict', valKey, rec.valuation_conflict));
  const figures = Array.isArray(rec.other_figures) ? (rec.other_figures as CuratedAmount[]) : [];
  figures.forEach((f) => {
    const key = figureKey(f.label);
    pushDefined(c, figure(rs, 'other_figures', key, f, [f.label, f.year].filter(Boolean).join(', ')));
  });
  pushDefined(c, conflictCandidate(rs, 'figures_conflict', figures.some((f) => figureKey(f.label) === 'netIncome') ? 'netIncome' : 'figure', rec.figures_conflict));
  const tickers = parseTickers(s('ticker'));
  for (const t of tickers) pushDefined(c, candidate(rs, 'ticker', 'ticker', t.exchange ? { t: 'ticker', symbol: t.symbol, exchange: t.exchange } : { t: 'ticker', symbol: t.symbol }));
  text('website', 'website');
  const parent = s('parent');
  if (parent) {
    const q = splitQualifier(parent);
    pushDefined(c, candidate(rs, 'parent', 'parent', { t: 'entity', v: { name: q.name } }, dateFromText(q.detail), q.detail));
  }
  // Issue 8 relations: a brand or unit's owner, a fund's manager (resolved to ids at link time).
  for (const [field, key] of [['owner', 'owner'], ['manager', 'manager']] as const) {
    const v = s(field);
    if (!v) continue;
    const q = splitQualifier(v);
    pushDefined(c, candidate(rs, field, key, { t: 'entity', v: { name: q.name } }, dateFromText(q.detail), q.detail));
  }
  listFact('subsidiaries', 'subsidiaries');
  listFact('brands', 'brands');
  listFact('major_shareholders', 'shareholders', 'major_shareholders_note');
  pushDefined(c, conflictCandidate(rs, 'major_shareholders_conflict', 'shareholders', rec.major_shareholders_conflict));
  text('renamed', 'renamed');
  text('legal_form_note', 'legalForm');
  text('status_note', 'status');

  return {
    kind: recordKind(rec),
    name: rec.name,
    aliases: (rec.aliases ?? []).map((a) => ({ text: a, nickname: isNickname(rec, a) })),
    candidates: c,
    match: { tickers: tickers.filter((t) => isUsExchange(t.exchange)).map((t) => t.symbol), isins: [] },
    origin: 'curated',
    titles: rec.sources.map((x) => x.title),
    wikipedia: s('wikipedia'),
    ...(rec.only_beside_full_name ? { besideFullName: rec.only_beside_full_name } : {}),
  };
}

const RECORD_KINDS = new Set<EntityKind>(['company', 'investor', 'media', 'organisation', 'brand']);

/** The record's own `kind` (issue 8 files), else the first gathering's list, else company. */
export function recordKind(rec: CuratedCompany): EntityKind {
  const k = rec.kind;
  if (k !== undefined) {
    if (typeof k !== 'string' || !RECORD_KINDS.has(k as EntityKind)) throw new Error(`curated record "${rec.name}": unknown kind ${JSON.stringify(k)}`);
    return k as EntityKind;
  }
  return CURATED_KIND[rec.name] ?? 'company';
}

function figure(rs: RecordSources, field: string, key: string, amount: CuratedAmount, label?: string): Candidate | undefined {
  // A year written as a number (2023, not "2023") is the same year: read it as text, never fail.
  const year = typeof amount.year === 'number' ? String(amount.year) : amount.year;
  const value: FactValue | undefined = moneyValue(amount, label === undefined ? undefined : String(label));
  if (!value) return undefined;
  return candidate(rs, field, key, value, dateFromText(amount.as_of) ?? dateFromText(year), amount.note);
}

function ceoChange(rs: RecordSources, raw: unknown): Candidate[] {
  if (!raw || typeof raw !== 'object') return [];
  const ch = raw as Record<string, unknown>;
  if (typeof ch.successor !== 'string') return [];
  const parts = [`${ch.successor} to become CEO`];
  if (typeof ch.effective === 'string') parts.push(`effective ${ch.effective}`);
  if (typeof ch.announced === 'string') parts.push(`announced ${ch.announced}`);
  const note = typeof ch.note === 'string' ? ch.note : undefined;
  const out = candidate(rs, 'ceo_change', 'ceoSuccession', textValue(parts.join(', ')), dateFromText(ch.announced), note);
  return out ? [out] : [];
}

export interface ParsedTicker {
  symbol: string;
  exchange?: string;
}

/** An exchange named in brackets after the symbol: "CF (Toronto Stock Exchange)", "POW (TSX)". */
const BRACKETED_EXCHANGE = /^(?:[A-Za-z]+ )*(?:stock exchange|exchange|nasdaq|nyse|tsx|lse|aim|six|euronext|xetra|bse|nse|jse|asx|borsa|bolsa|börse|otc)\b/i;

/** Splits on ";" outside brackets: "INFY (NYSE); 500209 (BSE)", "NKT (Nasdaq Copenhagen; listed since 1898)". */
function topLevelParts(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '(') depth++;
    else if (ch === ')') depth = Math.max(0, depth - 1);
    else if (ch === ';' && depth === 0) {
      parts.push(text.slice(from, i));
      from = i + 1;
    }
  }
  parts.push(text.slice(from));
  return parts;
}

/**
 * "NYSE: TS; BIT: TEN", "NASDAQ: GOOG, GOOGL", "AAPL", "CF (Toronto Stock Exchange)" -> tickers
 * with exchanges. A bracketed exchange counts: without it, Canaccord's Toronto "CF" read as a US
 * ticker and merged the broker into CF Industries (NYSE: CF).
 */
export function parseTickers(text: string | undefined): ParsedTicker[] {
  if (!text) return [];
  const out: ParsedTicker[] = [];
  for (const raw of topLevelParts(text)) {
    const bracket = raw.match(/\(([^)]*)\)/)?.[1]?.split(/[;,]/)[0]?.trim();
    const part = raw.replace(/\([^)]*\)/g, '');
    const m = part.trim().match(/^(?:([A-Za-z][A-Za-z .]*?):\s*)?(.+)$/);
    if (!m) continue;
    const exchange = m[1]?.trim() ?? (bracket && BRACKETED_EXCHANGE.test(bracket) ? bracket : undefined);
    for (const sym of m[2]!.split(',')) {
      const symbol = sym.trim();
      if (/^[A-Z0-9][A-Z0-9. ]{0,9}$/.test(symbol)) out.push(exchange ? { symbol, exchange } : { symbol });
    }
  }
  return out;
}

export function isUsExchange(exchange: string | undefined): boolean {
  return !exchange || /^(nasdaq|nyse|new york stock exchange)$/i.test(exchange);
}

/** Nicknames: the curated source notes mention them ("uses 'il Biscione' for Mediaset"), or lower-case starts. */
function isNickname(rec: CuratedCompany, alias: string): boolean {
  if (/^(il|la|lo|l'|i|gli|le|via|piazza|piazzetta|foro|corso|ca'|cà)\b/i.test(alias)) return true;
  return rec.sources.some((s) => s.note?.includes(`'${alias}'`) && /nickname|metonym|uses/i.test(s.note));
}
