/**
 * Stable ids derived from names (same name -> same id on every build).
 *   companies c:openai, people p:elon-musk, deals d:2025-02-10-openai-bid, sources s:<host>-<hash>.
 */
import { createHash } from 'node:crypto';
import { asciiSlug } from '../slug';

/** Lower-case ASCII, accents folded, words joined by '-'. */
export function slugify(text: string): string {
  return asciiSlug(foldAccents(text));
}

/** "Nestlé" -> "Nestle"; also folds ß, ø, æ, ł which NFD does not decompose. */
export function foldAccents(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ß/g, 'ss')
    .replace(/[øØ]/g, (c) => (c === 'ø' ? 'o' : 'O'))
    .replace(/[æÆ]/g, (c) => (c === 'æ' ? 'ae' : 'AE'))
    .replace(/[łŁ]/g, (c) => (c === 'ł' ? 'l' : 'L'));
}

export function shortHash(text: string, length = 8): string {
  return createHash('sha256').update(text).digest('hex').slice(0, length);
}

/** Source id for a web page: readable host plus a hash of the full URL. */
export function pageSourceId(url: string): string {
  let host = 'page';
  try {
    host = new URL(url).hostname.replace(/^www\./, '');
  } catch {
    /* keep 'page': the URL is validated later with a clear error */
  }
  return `s:${slugify(host).slice(0, 40) || 'page'}-${shortHash(url)}`;
}

/** Allocates ids, adding a distinguishing suffix when two records would share one. */
export class IdAllocator {
  private readonly used = new Set<string>();

  allocate(prefix: string, base: string, disambiguator?: string): string {
    const slug = slugify(base) || 'x';
    let id = `${prefix}:${slug}`;
    if (this.used.has(id) && disambiguator) id = `${prefix}:${slug}-${slugify(disambiguator)}`;
    for (let n = 2; this.used.has(id); n++) id = `${prefix}:${slug}-${n}`;
    this.used.add(id);
    return id;
  }

  has(id: string): boolean {
    return this.used.has(id);
  }
}
