/**
 * Bytes of a saved page or text file -> string. UTF-8 (with or without BOM) is the norm; older
 * Italian, French, German and Spanish news sites still serve Windows-1252 / ISO-8859-1, declared
 * in <meta charset> or not at all. Invalid UTF-8 falls back to Windows-1252 (a superset of
 * Latin-1 for printable text) instead of filling the text with U+FFFD.
 */
import { CP1252 } from './entities';

const LATIN = new Set(['windows-1252', 'iso-8859-1', 'iso-8859-15', 'latin1', 'latin-1', 'cp1252', 'us-ascii']);

/** The charset a page declares in its first bytes (<meta charset> or http-equiv content-type). */
export function declaredCharset(head: string): string | undefined {
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head);
  return m ? m[1]!.toLowerCase() : undefined;
}

/** Windows-1252 by hand: Node's TextDecoder decodes the label as ISO-8859-1 (C1 controls for € ’ “). */
function decodeCp1252(bytes: Uint8Array): string {
  return new TextDecoder('latin1').decode(bytes).replace(/[\u0080-\u009f]/g, (c) => CP1252[c.charCodeAt(0) - 0x80] ?? c);
}

export function decodeBytes(bytes: Uint8Array, html: boolean): string {
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const body = bytes.subarray(start);
  if (html && start === 0) {
    const declared = declaredCharset(new TextDecoder('latin1').decode(body.subarray(0, 2048)));
    if (declared && LATIN.has(declared)) return decodeCp1252(body);
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    return decodeCp1252(body);
  }
}
