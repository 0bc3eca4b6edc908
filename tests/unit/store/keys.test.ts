import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aliasKey, entityTickers } from '../../../lib/facts/keys';

describe('aliasKey', () => {
  it('folds case, accents, apostrophes, dashes and spaces', () => {
    expect(aliasKey('  Société\u00a0 Générale ')).toBe('societe generale');
    expect(aliasKey('L’Oréal')).toBe("l'oreal");
    expect(aliasKey('Rolls‐Royce')).toBe('rolls-royce');
    expect(aliasKey('Straße AG')).toBe('strasse ag');
    expect(aliasKey('ＡＢＣ')).toBe('abc');
  });

  it('gives the same key on the ASCII fast path as the full Unicode path', () => {
    // Appending a character that the full path drops (a combining mark) forces the slow path.
    fc.assert(
      fc.property(fc.stringMatching(/^[\x20-\x7e]{0,30}$/), (text) => {
        expect(aliasKey(text)).toBe(aliasKey(`${text}\u0301`));
      }),
      { examples: [['Banco  BPM'], ['McDonald`s'], ['  A2A  '], ['AT&T Inc.']] },
    );
  });
});

describe('entityTickers', () => {
  it('collects ticker facts, their conflicts and ticker aliases, upper-cased', () => {
    const tickers = entityTickers({
      id: 'c.x',
      kind: 'company',
      name: 'X',
      aliases: [{ text: 'xyz', flags: { ticker: true } }, { text: 'Plain' }],
      facts: [
        {
          key: 'ticker',
          value: { t: 'ticker', symbol: 'abc' },
          asOf: '2025',
          sources: ['s'],
          conflicts: [{ value: { t: 'ticker', symbol: 'ABD' }, asOf: '2024', sources: ['s'] }],
        },
      ],
    });
    expect(tickers.sort()).toEqual(['ABC', 'ABD', 'XYZ']);
  });
});
