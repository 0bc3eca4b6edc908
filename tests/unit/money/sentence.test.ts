import { describe, expect, it } from 'vitest';
import { sentenceAt } from '../../../lib/money/index.ts';

const at = (text: string, needle: string) => {
  const { start, end } = sentenceAt(text, text.indexOf(needle));
  return text.slice(start, end);
};

describe('sentenceAt', () => {
  it('finds the sentence around an offset', () => {
    const t = 'Primo periodo. Musk offre 97,4 miliardi di dollari per OpenAI. Altman rifiuta.';
    expect(at(t, '97,4')).toBe('Musk offre 97,4 miliardi di dollari per OpenAI.');
  });
  it('abbreviation dots and decimals do not end a sentence', () => {
    const t = 'Der Umsatz lag bei 1,2 Mrd. Euro und die Meta Platforms Inc. wuchs. Neu.';
    expect(at(t, 'Umsatz')).toBe('Der Umsatz lag bei 1,2 Mrd. Euro und die Meta Platforms Inc. wuchs.');
  });
  it('a line break ends a heading', () => {
    const t = 'OpenAI, l’offerta\nMusk cerca Zuckerberg';
    expect(at(t, 'Musk')).toBe('Musk cerca Zuckerberg');
  });
  it('out-of-range offsets are clamped', () => {
    expect(sentenceAt('Ciao.', 99)).toEqual({ start: 5, end: 5 });
    expect(sentenceAt('', 0)).toEqual({ start: 0, end: 0 });
  });
});
