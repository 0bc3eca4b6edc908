import { describe, expect, it } from 'vitest';
import { displayName } from '../../../lib/facts/build/display-names';

const nobody = () => false;

describe('names as a card shows them', () => {
  it('turns an index\'s sort form into the name ("Walt Disney Company (The)")', () => {
    expect(displayName('Walt Disney Company (The)', nobody)).toBe('The Walt Disney Company');
    expect(displayName('Lilly (Eli)', nobody, (t) => t === 'Eli Lilly')).toBe('Eli Lilly');
  });

  it('drops an encyclopaedia\'s descriptor when nothing else has the bare name', () => {
    expect(displayName('Rio Tinto (corporation)', nobody)).toBe('Rio Tinto');
    expect(displayName('Metso (2020–present)', nobody)).toBe('Metso');
    expect(displayName('Puma (brand)', (t) => t === 'Puma')).toBeUndefined();
  });

  it('keeps a place or an owner in brackets, and names without brackets', () => {
    expect(displayName('Coop (Switzerland)', nobody)).toBeUndefined();
    expect(displayName('Free (Iliad)', nobody)).toBeUndefined();
    expect(displayName('Lilly (Eli)', nobody)).toBeUndefined();
    expect(displayName('Intesa Sanpaolo', nobody)).toBeUndefined();
  });
});
