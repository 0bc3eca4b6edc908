/**
 * Translations of the curators' one-line texts (`description_en`, deal `summary_en`) into the
 * other UI languages: data/sources/curated/descriptions-<lang>.jsonl, one line per record:
 *
 *   {"file": "companies.jsonl", "name": "OpenAI", "of": "3f9c0a1b", "text": "Azienda statunitense ..."}
 *   {"file": "deals.jsonl", "name": "<target>", "announced": "2025-02-10", "of": "…", "text": "..."}
 *
 * `of` fingerprints the English sentence that was translated (englishFingerprint): when the
 * English is edited, the build stops at the stale translations instead of showing an old text.
 * `name` is the record's `name` (deals: its `target`, plus its `announced` date when it has one,
 * which together identify a deal). A record without a line keeps its English text only (cards
 * fall back to English); a line that names no record, a record with no English text to translate,
 * or the same record twice stops the build with `file:line`.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TRANSLATION_LANGS, type TextTranslations, type TranslationLang } from '../schema';

/** The curated files a translation may point at, and the English field it translates. */
export const TRANSLATED_FILES = {
  'companies.jsonl': 'description_en',
  'reach-orgs.jsonl': 'description_en',
  'people.jsonl': 'description_en',
  'reach-people.jsonl': 'description_en',
  'deals.jsonl': 'summary_en',
} as const;
export type TranslatedFile = keyof typeof TRANSLATED_FILES;

export const translationFile = (lang: TranslationLang): string => `descriptions-${lang}.jsonl`;

/** One line of a descriptions-<lang>.jsonl file. */
export interface TranslationLine {
  file: string;
  name: string;
  announced?: string;
  /** englishFingerprint of the English text this translates. */
  of: string;
  text: string;
}

/** First 8 hex digits of the SHA-1 of the English text (whitespace-trimmed). */
export function englishFingerprint(english: string): string {
  return createHash('sha1').update(english.trim()).digest('hex').slice(0, 8);
}

/** What a record is known by in a translation line. */
export function recordKey(file: TranslatedFile, rec: Record<string, unknown>): string {
  if (file === 'deals.jsonl') {
    const announced = typeof rec.announced === 'string' ? rec.announced : '';
    return `${String(rec.target)}\u0000${announced}`;
  }
  return String(rec.name);
}

function lineKey(line: TranslationLine): string {
  return line.file === 'deals.jsonl' ? `${line.name}\u0000${line.announced ?? ''}` : line.name;
}

function describe(line: TranslationLine): string {
  return line.file === 'deals.jsonl' && line.announced ? `"${line.name}" (announced ${line.announced})` : `"${line.name}"`;
}

/** Parse one translation file's text; `label` names it in errors ("descriptions-it.jsonl"). */
export function parseTranslationLines(text: string, label: string): Array<TranslationLine & { at: string }> {
  const out: Array<TranslationLine & { at: string }> = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    if (!raw.trim()) return;
    const at = `${label}:${i + 1}`;
    let obj: unknown;
    try {
      obj = JSON.parse(raw);
    } catch (e) {
      throw new Error(`${at}: invalid JSON (${(e as Error).message})`);
    }
    const o = obj as Record<string, unknown>;
    if (typeof o !== 'object' || o === null) throw new Error(`${at}: expected an object`);
    if (typeof o.file !== 'string' || !Object.prototype.hasOwnProperty.call(TRANSLATED_FILES, o.file)) {
      throw new Error(`${at}: "file" must be one of ${Object.keys(TRANSLATED_FILES).join(', ')} (got ${JSON.stringify(o.file)})`);
    }
    if (typeof o.name !== 'string' || !o.name.trim()) throw new Error(`${at}: "name" must be a non-empty string`);
    if (typeof o.text !== 'string' || !o.text.trim()) throw new Error(`${at}: "text" must be a non-empty string`);
    if (o.text.length > 4000) throw new Error(`${at}: "text" is longer than 4000 characters`);
    if (o.announced !== undefined && typeof o.announced !== 'string') throw new Error(`${at}: "announced" must be a string`);
    if (typeof o.of !== 'string' || !/^[0-9a-f]{8}$/.test(o.of)) throw new Error(`${at}: "of" must be the 8-hex fingerprint of the English text it translates`);
    const line: TranslationLine & { at: string } = { file: o.file, name: o.name, of: o.of, text: o.text.trim(), at };
    if (typeof o.announced === 'string') line.announced = o.announced;
    out.push(line);
  });
  return out;
}

/**
 * Matches every translation line to its record and returns the translations per record object.
 * `records` holds each curated file's records (missing files: empty lists); `lines` each
 * language's parsed lines.
 */
export function matchTranslations(
  records: Readonly<Record<TranslatedFile, readonly Record<string, unknown>[]>>,
  lines: Partial<Record<TranslationLang, ReadonlyArray<TranslationLine & { at: string }>>>,
): Map<object, TextTranslations> {
  const byKey = new Map<string, Map<string, Record<string, unknown>>>();
  for (const file of Object.keys(TRANSLATED_FILES) as TranslatedFile[]) {
    const m = new Map<string, Record<string, unknown>>();
    for (const rec of records[file] ?? []) m.set(recordKey(file, rec), rec);
    byKey.set(file, m);
  }
  const out = new Map<object, TextTranslations>();
  for (const lang of TRANSLATION_LANGS) {
    const seen = new Map<string, string>();
    for (const line of lines[lang] ?? []) {
      const file = line.file as TranslatedFile;
      const rec = byKey.get(file)!.get(lineKey(line));
      if (!rec) throw new Error(`${line.at}: no record ${describe(line)} in ${file} (translations must name a record exactly)`);
      const field = TRANSLATED_FILES[file];
      if (typeof rec[field] !== 'string' || !(rec[field] as string).trim()) {
        throw new Error(`${line.at}: ${file} record ${describe(line)} has no ${field} to translate`);
      }
      if (englishFingerprint(rec[field] as string) !== line.of) {
        throw new Error(`${line.at}: the English ${field} of ${describe(line)} in ${file} changed since it was translated; translate it again and set "of" to ${englishFingerprint(rec[field] as string)}`);
      }
      const key = `${file}\u0000${lineKey(line)}`;
      const earlier = seen.get(key);
      if (earlier) throw new Error(`${line.at}: ${describe(line)} in ${file} is translated twice (first at ${earlier})`);
      seen.set(key, line.at);
      out.set(rec, { ...out.get(rec), [lang]: line.text });
    }
  }
  return out;
}

/** Reads data/sources/curated/descriptions-<lang>.jsonl (absent files: no translations). */
export function readTranslations(curatedDir: string): Partial<Record<TranslationLang, Array<TranslationLine & { at: string }>>> {
  const out: Partial<Record<TranslationLang, Array<TranslationLine & { at: string }>>> = {};
  for (const lang of TRANSLATION_LANGS) {
    const path = join(curatedDir, translationFile(lang));
    if (existsSync(path)) out[lang] = parseTranslationLines(readFileSync(path, 'utf8'), `data/sources/curated/${translationFile(lang)}`);
  }
  return out;
}
