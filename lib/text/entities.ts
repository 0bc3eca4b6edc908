/**
 * HTML character references for the CLI's HTML reader: numeric references and the named ones
 * news pages actually use (typography, currency, accented letters of it/en/fr/de/es).
 * Unknown names are left as written, like browsers do for non-entities.
 */
const NAMED: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', shy: '\u00ad',
  ensp: '\u2002', emsp: '\u2003', thinsp: '\u2009', zwj: '\u200d', zwnj: '\u200c',
  lsquo: '\u2018', rsquo: '\u2019', sbquo: '\u201a', ldquo: '\u201c', rdquo: '\u201d', bdquo: '\u201e',
  laquo: '\u00ab', raquo: '\u00bb', lsaquo: '\u2039', rsaquo: '\u203a', prime: '\u2032', Prime: '\u2033',
  ndash: '\u2013', mdash: '\u2014', minus: '\u2212', hellip: '\u2026', bull: '\u2022', middot: '\u00b7',
  euro: '\u20ac', pound: '\u00a3', yen: '\u00a5', cent: '\u00a2', curren: '\u00a4', dollar: '$',
  copy: '\u00a9', reg: '\u00ae', trade: '\u2122', deg: '\u00b0', sect: '\u00a7', para: '\u00b6',
  times: '\u00d7', divide: '\u00f7', plusmn: '\u00b1', percnt: '%', permil: '\u2030',
  frac12: '\u00bd', frac14: '\u00bc', frac34: '\u00be', sup2: '\u00b2', sup3: '\u00b3',
  iexcl: '\u00a1', iquest: '\u00bf', ordf: '\u00aa', ordm: '\u00ba', dagger: '\u2020', Dagger: '\u2021',
  szlig: '\u00df', oelig: '\u0153', OElig: '\u0152', aelig: '\u00e6', AElig: '\u00c6',
};

// Accented letters follow one pattern: &<letter><accent>; e.g. &eacute; &Ntilde; &ouml;
const ACCENTS: Record<string, string> = {
  grave: '\u0300', acute: '\u0301', circ: '\u0302', tilde: '\u0303', uml: '\u0308', ring: '\u030a', cedil: '\u0327',
};

function accented(name: string): string | undefined {
  const m = /^([a-zA-Z])(grave|acute|circ|tilde|uml|ring|cedil)$/.exec(name);
  if (!m) return undefined;
  const composed = (m[1]! + ACCENTS[m[2]!]!).normalize('NFC');
  return composed.length === 1 ? composed : undefined;
}

export function decodeEntity(body: string): string | undefined {
  if (body.startsWith('#')) {
    const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
    if (!Number.isFinite(code) || code <= 0 || code > 0x10ffff) return undefined;
    // Windows-1252 code points that pages still send as numeric references (&#146; = ’).
    if (code >= 0x80 && code <= 0x9f) return CP1252[code - 0x80] ?? undefined;
    return String.fromCodePoint(code);
  }
  return NAMED[body] ?? accented(body);
}

/** Windows-1252 characters at 0x80-0x9F (undefined where the code page has none). */
export const CP1252: readonly (string | undefined)[] = [
  '\u20ac', undefined, '\u201a', '\u0192', '\u201e', '\u2026', '\u2020', '\u2021', '\u02c6', '\u2030', '\u0160', '\u2039', '\u0152', undefined, '\u017d', undefined,
  undefined, '\u2018', '\u2019', '\u201c', '\u201d', '\u2022', '\u2013', '\u2014', '\u02dc', '\u2122', '\u0161', '\u203a', '\u0153', undefined, '\u017e', '\u0178',
];

/** Replaces character references in a text run. */
export function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});?/g, (all, body: string) => decodeEntity(body) ?? all);
}
