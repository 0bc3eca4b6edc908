/**
 * The slug rule of entity ids, for text already folded to ASCII: lower case, "&" as "and",
 * apostrophes dropped, any other run of non-alphanumerics one '-', at most 80 characters. Kept
 * free of Node and Unicode tables so that the match index loader (a content script) rebuilds the
 * ids the fact build wrote with it (lib/match/compile-index.ts idFromName).
 */
export function asciiSlug(text: string): string {
  return text
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/['’`]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/g, '');
}
