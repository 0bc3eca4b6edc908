import { describe, expect, it } from 'vitest';
import { found } from './fixture-index';

const TEXT = 'Il gruppo Leonardo firma; Leonardo spa conferma. Poi Meta e OpenAI rispondono.';

describe('user corrections ("not this company here")', () => {
  it('drop the corrected (entity, surface) on the corrected site, case-insensitively', () => {
    const corrections = [{ entityId: 'leonardo', surface: 'LEONARDO', site: 'news.example' }];
    expect(found(TEXT, 'it', { site: 'news.example', corrections })).toEqual([
      ['Leonardo spa', 'leonardo'], ['Meta', 'meta'], ['OpenAI', 'openai'],
    ]);
  });

  it('apply everywhere with site "*", and nowhere else for another site', () => {
    const everywhere = [{ entityId: 'meta', surface: 'Meta', site: '*' }];
    expect(found(TEXT, 'it', { corrections: everywhere }).map(([, id]) => id)).not.toContain('meta');
    const elsewhere = [{ entityId: 'meta', surface: 'Meta', site: 'other.example' }];
    expect(found(TEXT, 'it', { site: 'news.example', corrections: elsewhere }).map(([, id]) => id)).toContain('meta');
  });

  it('cover the German genitive of the corrected surface', () => {
    const corrections = [{ entityId: 'elon-musk', surface: 'Musk', site: '*' }];
    expect(found('Elon Musk schweigt. Musks Angebot und Musk selbst.', 'de', { corrections })).toEqual([['Elon Musk', 'elon-musk']]);
  });

  it('leave other entities with the same surface alone', () => {
    const corrections = [{ entityId: 'apple', surface: 'OpenAI', site: '*' }];
    expect(found(TEXT, 'it', { corrections }).map(([, id]) => id)).toContain('openai');
  });
});
