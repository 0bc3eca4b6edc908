import { describe, it } from 'vitest';
import { type Case, expectFigures } from './helpers.ts';

// The b94 batch: a debt brought down "from X to Y" (a before and after, not a range), "van de X a
// Y" (a range), a hedge after "a", a price per unit of volume, and bare sums a reader reads as
// money (a margin, an auction's reserve price, premiums, sums).
const CASES: [lang: string, ...Case][] = [
  ['es', 'a debt brought down is a before and after', 'El club facturó 60 millones de euros. La deuda financiera bajará de 92 a 47 millones.', [
    ['60 millones de euros', 60e6, 'EUR'], ['92', 92e6, 'EUR'], ['47 millones', 47e6, 'EUR']]],
  ['it', 'a fall from X to about Y is no range', "L'aumento servirà a ridurre l'indebitamento finanziario netto da 142 a circa 100 milioni di euro.", [
    ['142', 142e6, 'EUR'], ['100 milioni di euro', 100e6, 'EUR']]],
  ['it', 'a hedge after "a" still joins a range', 'Il prezzo dovrebbe oscillare da 5 a circa 7 miliardi di euro.', [
    ['5', 5e9, 'EUR', 'range_low'], ['7 miliardi di euro', 7e9, 'EUR', 'range_high']]],
  ['es', '"van de X a Y" is a range', 'Las propuestas por el 100% de las acciones van de US$ 52 millones a US$ 81 millones.', [
    ['US$ 52 millones', 52e6, 'USD', 'range_low'], ['US$ 81 millones', 81e6, 'USD', 'range_high']]],
  ['es', 'a share price after a sum is the price it was raised at', 'Invirtió 30 millones de dólares y ahora suscribe una ampliación de 15 millones a US$ 3,20 por acción.', [
    ['30 millones de dólares', 30e6, 'USD'], ['15 millones', 15e6, 'USD'], ['US$ 3,20 por acción', 3.2, 'USD', 'per_share']]],
  ['fr', 'a price per hectolitre is no share price', "L'action a cédé 2 %. Les accises, relevées de près de 2 euros par hectolitre, pèsent sur les actionnaires.", [
    ['2 euros', 2, 'EUR']]],
  ['it', 'a margin in millions', 'I ricavi sono scesi a 700 milioni di euro; il margine di Edison Next è salito a 96 milioni.', [
    ['700 milioni di euro', 700e6, 'EUR'], ['96 milioni', 96e6, 'EUR']]],
  ['it', "an auction's reserve price", "Il club vale 300 milioni di euro. Il Comune ha fissato una base d'asta di circa 22 milioni.", [
    ['300 milioni di euro', 300e6, 'EUR'], ['22 milioni', 22e6, 'EUR']]],
  ['es', "an insurer's premiums and sums paid", 'El beneficio fue de 40 millones de euros. Las primas crecieron hasta 553 millones, con compras por importes de entre 50 y 150 millones.', [
    ['40 millones de euros', 40e6, 'EUR'], ['553 millones', 553e6, 'EUR'], ['50', 50e6, 'EUR', 'range_low'], ['150 millones', 150e6, 'EUR', 'range_high']]],
];

describe('figures the b94 batch met', () => {
  it.each(CASES)('%s: %s', (lang, _title, text, want) => expectFigures(text, lang, want));
});
