import { describe, expect, it } from 'vitest';
import { declaredCharset, decodeBytes } from '../../../lib/text/decode';

const utf8 = (s: string) => new TextEncoder().encode(s);
const cp1252 = (s: string) => Uint8Array.from([...s].map((c) => ({ '€': 0x80, '’': 0x92 })[c] ?? c.charCodeAt(0)));

describe('decodeBytes', () => {
  it('reads UTF-8 and drops a byte-order mark', () => {
    expect(decodeBytes(Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8('dell’Eni: 1,2 mld €')]), false)).toBe('dell’Eni: 1,2 mld €');
  });

  it('honours a declared Windows-1252 / ISO-8859-1 charset in HTML', () => {
    const page = '<html><head><meta charset="iso-8859-1"></head><body>L’Oréal: 4 Md€ à Paris</body></html>';
    expect(decodeBytes(cp1252(page), true)).toBe(page);
    expect(declaredCharset('<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">')).toBe('windows-1252');
  });

  it('falls back to Windows-1252 when the bytes are not valid UTF-8', () => {
    expect(decodeBytes(cp1252('Società: 5 miliardi €'), false)).toBe('Società: 5 miliardi €');
  });
});
