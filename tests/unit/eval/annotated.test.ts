import { describe, expect, it } from 'vitest';
import { AnnotationError, parseAnnotated } from '../../../lib/eval/annotated';

describe('parseAnnotated', () => {
  it('strips the marks and computes offsets, counts and canonical names', () => {
    const doc = parseAnnotated('#lang es-CL\n#covers m.es.chile, c.case\n[[Musk|Elon Musk]] y [[Meta]]: {{US$ 1,200 millones|1.2e9|USD}}, [[Meta]] <<meta|goal>>.', 'es');
    expect(doc.lang).toBe('es-CL');
    expect(doc.covers).toEqual(['m.es.chile', 'c.case']);
    expect(doc.text).toBe('Musk y Meta: US$ 1,200 millones, Meta meta.\n');
    expect(doc.gold.people).toEqual([{ surface: 'Musk', canonical: 'Elon Musk', count: 1, spans: [[0, 4]] }]);
    expect(doc.gold.companies).toEqual([{ surface: 'Meta', canonical: 'Meta Platforms', count: 2, spans: [[7, 11], [33, 37]] }]);
    expect(doc.gold.money).toEqual([{ surface: 'US$ 1,200 millones', amount: 1.2e9, currency: 'USD', kind: 'total', start: 13, end: 31 }]);
    expect(doc.gold.negatives).toEqual([{ surface: 'meta', why: 'goal', start: 38, end: 42 }]);
  });

  it('reads kinds and a missing currency', () => {
    const doc = parseAnnotated('{{1|1e9|EUR|lo}} e {{2 mld|2e9|-|hi}} e {{3 euro|3|EUR|ps}}', 'it');
    expect(doc.gold.money.map((m) => [m.kind, m.currency])).toEqual([['range_low', 'EUR'], ['range_high', null], ['per_share', 'EUR']]);
  });

  it('rejects unknown names, bad money marks, negatives without a reason and broken marks', () => {
    expect(() => parseAnnotated('[[Nobody Inc]]', 'en')).toThrow(AnnotationError);
    expect(() => parseAnnotated('{{5 bn|x|USD}}', 'en')).toThrow(/bad money mark/);
    expect(() => parseAnnotated('{{5 bn|5e9|usd}}', 'en')).toThrow(/bad money mark/);
    expect(() => parseAnnotated('<<meta>>', 'it')).toThrow(/needs a reason/);
    expect(() => parseAnnotated('[[Meta', 'it')).toThrow(/unbalanced/);
    expect(() => parseAnnotated('#foo bar\ntext', 'it')).toThrow(/unknown header/);
  });
});
