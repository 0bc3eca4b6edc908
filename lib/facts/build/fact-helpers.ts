/** Turning one curated field into a fact candidate, with the sources that list that field. */
import type { Candidate } from '../prefer';
import { bestAuthority, CURATOR_CONFLICT_NOTE } from '../prefer';
import type { AsOf, Authority, FactValue, Money, TextTranslations } from '../schema';
import type { CuratedAmount, CuratedSource } from './curated-types';
import type { SourceRegistry } from './source-registry';

const ISO_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;
const YEAR = /(?<!\d)(?:19|20)\d{2}(?!\d)/g;

export interface RecordSources {
  list: CuratedSource[];
  ids: string[];
  authorities: Authority[];
}

export function registerRecordSources(registry: SourceRegistry, list: CuratedSource[]): RecordSources {
  const ids = list.map((s) => registry.addPage(s));
  return { list, ids, authorities: ids.map((id) => registry.get(id)!.authority) };
}

export function isIsoDate(text: unknown): text is string {
  return typeof text === 'string' && ISO_DATE.test(text);
}

/** "FY2025 (year ended June 30, 2025)" -> "2025"; an ISO date is kept as it is. */
export function dateFromText(text: unknown): string | undefined {
  if (typeof text !== 'string') return undefined;
  if (ISO_DATE.test(text)) return text;
  const iso = text.match(/\b\d{4}-\d{2}(-\d{2})?\b/);
  if (iso) return iso[0];
  const years = text.match(YEAR);
  return years ? years[years.length - 1] : undefined;
}

/** Newest date among sources, or undefined. */
export function newestDate(dates: (string | undefined)[]): string | undefined {
  let best: string | undefined;
  for (const d of dates) if (isIsoDate(d) && (!best || d > best)) best = d;
  return best;
}

/**
 * A candidate for `key` backed by the record's sources that list `field`; undefined when no
 * source lists it (an unsupported fact is left out, never shown).
 * as-of: the fact's own date, else the newest supporting source date, else "undated".
 */
export function candidate(
  rs: RecordSources,
  field: string,
  key: string,
  value: FactValue,
  ownDate?: string,
  note?: string,
): Candidate | undefined {
  const idx = rs.list.flatMap((s, i) => (s.fields?.includes(field) ? [i] : []));
  if (!idx.length) return undefined;
  const sources = [...new Set(idx.map((i) => rs.ids[i]!))];
  const asOf: AsOf = (isIsoDate(ownDate) ? ownDate : newestDate(idx.map((i) => rs.list[i]!.date))) ?? 'undated';
  const c: Candidate = { key, value, asOf, sources, authority: bestAuthority(idx.map((i) => rs.authorities[i]!)) };
  if (note) c.note = note.slice(0, 1000);
  return c;
}

/**
 * The curators' one-line description (`description_en`), written in their own words from the
 * record's pages. Pages rarely list it among their `fields`, so when none does, the summary is
 * cited to every page of the record (what it summarises) and dated by the newest of them.
 * `i18n`: its translations into the other UI languages, carried on the same value.
 */
export function summaryCandidate(rs: RecordSources, field: string, key: string, text: string | undefined, i18n?: TextTranslations): Candidate | undefined {
  if (!text) return undefined;
  // Translations (descriptions-<lang>.jsonl) ride on the English value: same sources, same as-of.
  const value = translatedValue(text, i18n);
  const direct = candidate(rs, field, key, value);
  if (direct || rs.ids.length === 0) return direct;
  return {
    key,
    value,
    asOf: newestDate(rs.list.map((s) => s.date)) ?? 'undated',
    sources: [...new Set(rs.ids)],
    authority: bestAuthority(rs.authorities),
    note: 'one-line summary in our own words of the cited pages',
  };
}

/** A `*_conflict` text kept as a conflicting value of `target`, cited by the pages listing it. */
export function conflictCandidate(rs: RecordSources, field: string, key: string, text: unknown): Candidate | undefined {
  if (typeof text !== 'string' || !text.trim()) return undefined;
  return candidate(rs, field, key, { t: 'text', v: text.slice(0, 4000) }, undefined, CURATOR_CONFLICT_NOTE);
}

/** A text value with its translations, when there are any. */
export function translatedValue(text: string, i18n: TextTranslations | undefined): FactValue {
  const value = { t: 'text' as const, v: text.slice(0, 4000) };
  return i18n && Object.keys(i18n).length > 0 ? { ...value, i18n: { ...i18n } } : value;
}

export function textValue(text: string): FactValue {
  return { t: 'text', v: text.slice(0, 4000) };
}

/** Money when the curators gave a plain-number reading, else the figure as text. */
export function moneyValue(amount: CuratedAmount, label?: string): FactValue | undefined {
  if (typeof amount.value_number === 'number' && Number.isFinite(amount.value_number) && amount.currency && /^[A-Z]{3}$/.test(amount.currency)) {
    const money: Money = { amount: amount.value_number, currency: amount.currency };
    return label ? { t: 'money', v: money, label: label.slice(0, 200) } : { t: 'money', v: money };
  }
  if (!amount.value) return undefined;
  const text = [amount.value, amount.currency, label ? `(${label})` : ''].filter(Boolean).join(' ');
  return textValue(text);
}

/** "more than 44,000" stays text; "78,865" and "663 thousand" become numbers. */
export function countValue(text: string, unit: string): FactValue {
  const m = text.trim().match(/^(\d{1,3}(?:,\d{3})+|\d+)(?:\s+(thousand))?$/);
  if (!m) return textValue(text);
  const n = Number(m[1]!.replace(/,/g, '')) * (m[2] ? 1000 : 1);
  return { t: 'number', v: n, unit };
}

/** "Meta Platforms (Facebook) since 2012" -> { name: "Meta Platforms", detail: "(Facebook) since 2012" }. */
/** After a comma, more of a firm's name: partners joined by "&" or "and", or a legal form. */
const NAME_AFTER_COMMA = /^,\s*(?:[^,(]*?(?:&|\s(?:and|und|e|y|et)\s)|(?:Inc|Ltd|LLC|L\.P|N\.A|plc)\b)/u;

export function splitQualifier(text: string): { name: string; detail?: string } {
  const m = text.match(/^(.*?)\s*(\(.*|,\s.*|\s(?:since|from|owner)\b.*)$/);
  if (!m || !m[1]) return { name: text.trim() };
  // "Clayton, Dubilier & Rice", "Rothmans, Benson & Hedges", "Tesla, Inc.": the comma is part of
  // the name; a place or a date after a comma is a qualifier ("Kotkamills, Finland").
  if (m[2]!.startsWith(',') && NAME_AFTER_COMMA.test(m[2]!)) {
    const comma = m[1].length + m[0].slice(m[1].length).indexOf(',');
    const rest = splitQualifier(text.slice(comma + 1).trimStart());
    return rest.detail ? { name: `${text.slice(0, comma + 1)} ${rest.name}`, detail: rest.detail } : { name: text.trim() };
  }
  return { name: m[1].trim(), detail: m[2]!.trim() };
}
