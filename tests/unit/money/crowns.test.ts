/**
 * A crown named without its country ("Kronen", "corone", "couronnes", "coronas", "kroner") is the
 * one the story points at (batch b21's "9 Mrd. Kronen" of a Danish group, "712 corone" at the
 * Stockholm exchange); with nothing pointing, crowns are no money.
 */
import { describe, it } from 'vitest';
import { expectFigures } from './helpers.ts';

describe('crowns named without their country', () => {
  it('take the country an adjective, a country or a capital in the sentence names, in each language', () => {
    expectFigures('Der dänische Konzern erwartet Synergien von 9 Mrd. Kronen.', 'de', [['9 Mrd. Kronen', 9e9, 'DKK']]);
    expectFigures('Alla Borsa di Stoccolma il titolo vale 712 corone.', 'it', [['712 corone', 712, 'SEK', 'per_share']]);
    expectFigures('Le groupe norvégien a levé 60 milliards de couronnes.', 'fr', [['60 milliards de couronnes', 60e9, 'NOK']]);
    expectFigures('La checa CEZ invertirá 20.000 millones de coronas.', 'es', [['20.000 millones de coronas', 20e9, 'CZK']]);
    expectFigures('The Copenhagen-based group earned 12bn kroner.', 'en', [['12bn kroner', 12e9, 'DKK']]);
  });

  it('prefer a cue in the same sentence to a nearer one before it, and fall back on the text before', () => {
    expectFigures('Die schwedische Firma wuchs. Der dänische Rivale zahlte 5 Mio. Kronen.', 'de', [['5 Mio. Kronen', 5e6, 'DKK']]);
    expectFigures('La svedese Evolution ha chiuso il trimestre. Il titolo vale 712 corone.', 'it', [['712 corone', 712, 'SEK', 'per_share']]);
    // The currency written out in full beside a bare one: both Danish.
    expectFigures('Ha speso 5 milioni di corone danesi e 3 milioni di corone.', 'it', [['5 milioni di corone danesi', 5e6, 'DKK'], ['3 milioni di corone', 3e6, 'DKK']]);
  });

  it('are no money when nothing names a country (a jeweller’s or a king’s crowns)', () => {
    expectFigures('Il museo espone 12 corone e tre scettri.', 'it', []);
    expectFigures('Der Juwelier verkaufte 12 Kronen und 3 Ringe.', 'de', []);
    // "Kronor" is only Sweden's, with or without a country.
    expectFigures('The group paid 4bn kronor.', 'en', [['4bn kronor', 4e9, 'SEK']]);
  });
});
