import { describe, it } from 'vitest';
import { type Case, expectFigures } from './helpers.ts';

const CASES: Case[] = [
  ['miles de millones', 'La compra asciende a 44.000 millones de dólares.', [['44.000 millones de dólares', 44e9, 'USD']]],
  ['mil millones', 'El grupo pagó 44 mil millones de dólares.', [['44 mil millones de dólares', 44e9, 'USD']]],
  ['US$ before millones', 'La oferta fue de US$ 97.400 millones.', [['US$ 97.400 millones', 97.4e9, 'USD']]],
  ['list carrying scale and currency', 'Las deudas suman 16.170 y los 89.936 millones de dólares, respectivamente.', [
    ['16.170', 16.17e9, 'USD'], ['89.936 millones de dólares', 89.936e9, 'USD']]],
  ['millón, millones', 'Un millón de euros para uno y 300 millones de euros para otro.', [['Un millón de euros', 1e6, 'EUR'], ['300 millones de euros', 300e6, 'EUR']]],
  ['millardo', 'Un préstamo de 2 millardos de euros.', [['2 millardos de euros', 2e9, 'EUR']]],
  ['billón is 10^12', 'La deuda alcanza un billón de dólares y 1,5 billones de euros.', [['un billón de dólares', 1e12, 'USD'], ['1,5 billones de euros', 1.5e12, 'EUR']]],
  ['written numbers', 'Dos mil millones de dólares y medio millón de euros.', [['Dos mil millones de dólares', 2e9, 'USD'], ['medio millón de euros', 0.5e6, 'EUR']]],
  ['reales', 'Su filial ganó 14.000 millones de reales.', [['14.000 millones de reales', 14e9, 'BRL']]],
  ['a quote is per share', 'La acción cotizaba a 14,20 euros.', [['14,20 euros', 14.2, 'EUR', 'per_share']]],
  ['doscientos', 'Anunció unas pérdidas de doscientos millones de euros.', [['doscientos millones de euros', 200e6, 'EUR']]],
  ['valor objetivo is per share', 'Los analistas elevan el valor objetivo a 17 euros.', [['17 euros', 17, 'EUR', 'per_share']]],
  ['por acción', 'Pagará 0,45 euros por acción.', [['0,45 euros por acción', 0.45, 'EUR', 'per_share']]],
  ['entre … y', 'Una valoración entre 2.000 y 3.000 millones de euros.', [
    ['2.000', 2e9, 'EUR', 'range_low'], ['3.000 millones de euros', 3e9, 'EUR', 'range_high']]],
  ['carried currency', 'Facturó 1.200 millones de euros y ganó 300 millones.', [['1.200 millones de euros', 1.2e9, 'EUR'], ['300 millones', 300e6, 'EUR']]],
  ['libras, francos suizos', 'Pagó 3 millones de libras y 2 millones de francos suizos.', [['3 millones de libras', 3e6, 'GBP'], ['2 millones de francos suizos', 2e6, 'CHF']]],
];

describe('Spanish figures (FORMS.md)', () => {
  for (const [title, text, want] of CASES) it(title, () => expectFigures(text, 'es', want));
  it('Mexico: decimal point, mil millones, $ is the peso', () => expectFigures(
    'Invirtió 14.8 mil millones de dólares y $2,500 millones.', 'es-MX', [
      ['14.8 mil millones de dólares', 14.8e9, 'USD'], ['$2,500 millones', 2.5e9, 'MXN']]));
  it('Mexico: mdd and mdp carry their currency; MM is millions', () => expectFigures(
    'La inversión será de 500 mdd y 300 mdp, más US$ 500 MM.', 'es-MX', [
      ['500 mdd', 500e6, 'USD'], ['300 mdp', 300e6, 'MXN'], ['US$ 500 MM', 500e6, 'USD']]));
  it('Chile: comma groups before millones', () => expectFigures(
    'La minera vendió activos por 97,400 millones de dólares.', 'es-CL', [['97,400 millones de dólares', 97.4e9, 'USD']]));
  it('Chile: a range\'s low end reads its comma as the high end does', () => expectFigures(
    'Invertirá entre US$ 1,900 y US$ 2,100 millones en flota.', 'es-CL', [
      ['US$ 1,900', 1.9e9, 'USD', 'range_low'], ['US$ 2,100 millones', 2.1e9, 'USD', 'range_high']]));
  it('"de esa cantidad" is no quantity', () => expectFigures(
    'Repartirá 5.230 millones de euros; el fundador ingresará más de 3.100 millones de esa cantidad.', 'es', [
      ['5.230 millones de euros', 5230e6, 'EUR'], ['3.100 millones', 3.1e9, 'EUR']]));
  it('a currency, then the scale: "US$ 7.400 y 523 millones, respectivamente"', () => expectFigures(
    'Informó ingresos y ganancia neta por US$ 7.400 y 523 millones, respectivamente.', 'es-AR', [
      ['US$ 7.400', 7.4e9, 'USD'], ['523 millones', 523e6, 'USD']]));
  it('a quote of "el ADR" is per share', () => expectFigures('El ADR de YPF cerró a US$ 35,40 en Nueva York.', 'es-AR', [['US$ 35,40', 35.4, 'USD', 'per_share']]));
  it('ciento diez', () => expectFigures('Un préstamo de ciento diez millones de euros.', 'es', [['ciento diez millones de euros', 110e6, 'EUR']]));
  it('Mexico: "28 mil 400 millones" is 28,400 million, "mil 50 millones" 1,050 million', () => expectFigures(
    'Emitió primas por 28 mil 400 millones de pesos y ganó mil 50 millones de euros; dos mil millones de dólares.', 'es-MX', [
      ['28 mil 400 millones de pesos', 28.4e9, 'MXN'], ['mil 50 millones de euros', 1.05e9, 'EUR'], ['dos mil millones de dólares', 2e9, 'USD']]));
  it('"5 mil y medio" still adds its half after the thousands rule', () => expectFigures(
    'Costará 5 mil y medio de euros.', 'es-MX', [['5 mil y medio de euros', 5500, 'EUR']]));
  it('ICU compact: mil M', () => expectFigures('Valor: 97 mil M US$.', 'es-ES', [['97 mil M US$', 97e9, 'USD']]));
  it('"las acciones subieron $6.20 a $318.50": a move and a quote', () => expectFigures(
    'En la Bolsa, las acciones de BBVA subieron $6.20 a $318.50.', 'es-MX', [['$6.20', 6.2, 'MXN', 'per_share'], ['$318.50', 318.5, 'MXN', 'per_share']]));
  it('a bare number compared with the prior period takes the figure before it ("frente a los 27.100 de un año antes")', () => expectFigures(
    'Un valor de 30.500 millones de euros, frente a los 27.100 de un año antes; 0,25 euros por acción, frente a los 0,20 del año anterior.', 'es', [
      ['30.500 millones de euros', 30.5e9, 'EUR'], ['27.100', 27.1e9, 'EUR'], ['0,25 euros por acción', 0.25, 'EUR', 'per_share'], ['0,20', 0.2, 'EUR', 'per_share']]));
  it('"al billón de euros", "mil quinientos millones", "por título"', () => expectFigures(
    'Maneja más que el billón de euros, invierte mil quinientos millones de euros y paga 3,95 euros por título.', 'es', [
      ['billón de euros', 1e12, 'EUR'], ['mil quinientos millones de euros', 1.5e9, 'EUR'], ['3,95 euros por título', 3.95, 'EUR', 'per_share']]));
  it('Argentina\'s "u$s 735 millones" are dollars', () => expectFigures('Invertirá u$s 735 millones en su planta.', 'es-AR', [['u$s 735 millones', 735e6, 'USD']]));
  it('a quote in a sentence about a stock index is per share', () => expectFigures('En el Ibex 35, Merlin subió un 2,1% hasta 12,46 euros.', 'es', [['12,46 euros', 12.46, 'EUR', 'per_share']]));
});
