import { describe, expect, it } from 'vitest';
import { atSentenceStart } from '../../../lib/match/context';
import { found } from './fixture-index';

describe('a dateline in capitals before a dash opens the sentence after it', () => {
  it('takes the word after "BRUXELLES –" as a sentence start, not a capital mid-sentence', () => {
    const text = 'BRUXELLES – Premier assureur du pays, le groupe a publié ses comptes.';
    expect(atSentenceStart(text, text.indexOf('Premier'))).toBe(true);
  });

  it('leaves a dash in running text alone', () => {
    const text = 'Le groupe – Premier assureur du pays – a publié ses comptes.';
    expect(atSentenceStart(text, text.indexOf('Premier'))).toBe(false);
    const lower = 'Milano, oggi – Meta ha risposto.';
    expect(atSentenceStart(lower, lower.indexOf('Meta'))).toBe(false);
  });

  it('so an ambiguous name there needs a cue, as at any sentence start', () => {
    expect(found('MILANO – Meta raggiunta: la squadra festeggia.', 'it')).toEqual([]);
    expect(found('MILANO – Poi Zuckerberg e Meta hanno risposto.', 'it')).toEqual([['Zuckerberg', 'mark-zuckerberg'], ['Meta', 'meta']]);
  });
});
