/** Context the b27 and b28 batches found wanting: rivers and islands named like companies, two-word family names, prose in lower case, forms of address. */
import { describe, expect, it } from 'vitest';
import { found } from './fixture-index';

describe('places and families named like companies (b27)', () => {
  it('a river in apposition after the name, an island before it', () => {
    const de = 'Der Branchenprimus Lonza wächst. Der Name geht auf die Lonza zurück, einen Bach im Lötschental.';
    expect(found(de, 'de')).toEqual([['Lonza', 'lonza']]);
    expect(found("Capri Holdings vende Versace. Il nome viene dall'isola di Capri, meta estiva.", 'it')).toEqual([['Capri Holdings', 'capri']]);
    expect(found('Lonza pays farmers in Lonza and west Limerick a base price.', 'en')).toEqual([['Lonza', 'lonza']]);
    // Without the apposition the company stays.
    expect(found('Lonza kauft ein Werk, sagte der Konzern.', 'de')).toEqual([['Lonza', 'lonza']]);
  });

  it('a family named by a two-word surname is no person, even after the full name', () => {
    const es = 'Alejandro Santo Domingo preside el grupo. Valorem es el holding de la familia Santo Domingo.';
    expect(found(es, 'es')).toEqual([['Alejandro Santo Domingo', 'alejandro-santo-domingo']]);
    expect(found('Alejandro Santo Domingo preside el grupo. Domingo dijo que seguirá.', 'es')).toEqual([
      ['Alejandro Santo Domingo', 'alejandro-santo-domingo'], ['Domingo', 'alejandro-santo-domingo']]);
  });
});

describe('lower case and forms of address (b27)', () => {
  it('a name of ordinary words in lower case counts in a lower-case line, not in prose', () => {
    expect(found('Il fondatore punta sempre più sul gioco digitale, dice Novomatic.', 'it')).toEqual([]);
    expect(found('gioco digitale cresce ancora nel trimestre', 'it')).toEqual([['gioco digitale', 'gioco-digitale']]);
    expect(found('Gioco Digitale cresce ancora nel trimestre.', 'it')).toEqual([['Gioco Digitale', 'gioco-digitale']]);
  });

  it('"Mr Philips" is a person, not the company', () => {
    expect(found('Mr Philips has promised savings by next year.', 'en')).toEqual([]);
    expect(found('Philips has promised savings by next year.', 'en')).toEqual([['Philips', 'philips']]);
  });
});

describe('names inside longer names (b28)', () => {
  it("a person's two-word name with a capital on both sides is part of someone else's name", () => {
    expect(found('El director de finanzas, Carlos José García Moreno, precisó la deuda.', 'es')).toEqual([]);
    expect(found('El consejero delegado José García dijo que la deuda baja.', 'es')).toEqual([['José García', 'jose-garcia-cantera']]);
    expect(found('Según José García Cantera, la deuda baja.', 'es')).toEqual([['José García Cantera', 'jose-garcia-cantera']]);
  });
});
