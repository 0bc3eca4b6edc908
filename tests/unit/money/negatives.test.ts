import { describe, expect, it } from 'vitest';
import { parseFigures } from '../../../lib/money/index.ts';

// "Not money" of FORMS.md: none of these sentences holds a figure a reader would price.
const NEGATIVES: [lang: string, why: string, text: string][] = [
  ['it', 'scale word without a number', 'Meta sta investendo miliardi nell’intelligenza artificiale.'],
  ['it', 'adjective from a scale word', 'Attira talenti con offerte milionarie.'],
  ['en', 'plural scale word', 'The app reaches billions of users.'],
  ['en', 'quantity of things', 'The plant ships 15bn microchips a year.'],
  ['de', 'vehicles counted in millions', 'Der Konzern verkaufte 2,495 Millionen Fahrzeuge.'],
  ['it', 'users and shares', 'Meta ha 3 miliardi di utenti e ha venduto 5 milioni di azioni.'],
  ['en', 'share count', 'It bought back two million shares last year.'],
  ['fr', 'subscribers', 'Le service compte 3 millions d’abonnés.'],
  ['es', 'users', 'La red tiene 5 millones de usuarios.'],
  ['it', 'percentages', 'Il titolo sale del 3,5% e l’inflazione del 2 per cento.'],
  ['en', 'percent word', 'Margins rose 12 percent, then 4.5 per cent.'],
  ['de', 'Prozent and index points', 'Der DAX steigt um 1,2 Prozent auf 18.500 Punkte.'],
  ['fr', 'pour cent with a space', 'Une hausse de 45 % et de 3 pour cent.'],
  ['es', 'por ciento, puntos', 'El Ibex sube un 1,5 por ciento hasta 11.200 puntos.'],
  ['it', 'years', 'Nel 2025 il gruppo ha superato i risultati del 2023.'],
  ['en', 'dates', 'The deal closed on 12.03.2025 and again on 03/04/2025.'],
  ['it', 'phone numbers', 'Per informazioni chiamare il +39 02 1234 5678.'],
  ['en', 'versions', 'Version 2.3.1 shipped with iOS 18.2 and GPT-4.'],
  ['en', 'ordinals and page numbers', 'See the 2nd chapter, page 12, and the 3rd table.'],
  ['it', 'times', 'La riunione è alle 10:30, poi alle 15.45.'],
  ['en', 'a clause dash after a bare number', 'Chapter 3 - the rise of an industry.'],
  ['en', 'bare numbers', 'It employs 160,000 people in 45 countries.'],
  ['it', 'written numbers without scale', 'Dopo solo due mesi, un decimo del team è andato via.'],
  ['en', 'one-letter scale without currency', 'The tower is 300 m tall and the cable 5 k long.'],
  ['it', 'scale without money context', 'Nel mondo ci sono 8 miliardi e lei ne conosce pochi.'],
  ['it', '"fine" is the end, not a penalty', 'Alla fine del decennio la popolazione supererà 8 miliardi.'],
  ['en', 'exchange-rate pair', 'EUR/USD 1.08 at the close.'],
  ['de', 'currency word opening a compound', 'Die 20 Euro-Länder beraten.'],
  ['de', 'year before a currency word', 'Seit 2002 Euro-Bargeld im Umlauf ist, zahlen alle so.'],
  ['es', 'miles de millones without a number', 'Invierten miles de millones en la red.'],
  ['fr', 'time with h', 'Rendez-vous le 12 mars 2025 à 10 h 30.'],
  ['de', 'Milliarden without number', 'Es geht um Milliarden.'],
  ['it', 'page furniture', 'Pubblicato il 12/03/2025 alle 10:45. © 2025 Gruppo Editoriale S.p.A. P.IVA 01234567890.'],
  ['it', 'index, spread and yield', 'Il Ftse Mib chiude a 38.245 punti, lo spread a 110 punti base, il Btp rende il 3,45%.'],
  ['en', 'index names with numbers', 'The S&P 500 rose 1.2% to 5,600.3 and the Nasdaq 100 gained 2%.'],
  ['en', 'counts of people and things', 'Tesla delivered 1.8 million cars in 2023, and the firm has 140,000 employees.'],
  ['de', 'dates and times with dots', 'Am 3. März 2025 um 14.30 Uhr verkaufte der Konzern 9,2 Millionen Autos.'],
  ['fr', 'space-grouped counts', 'En 2023, 12 000 postes ont été supprimés ; le groupe compte 45 000 salariés.'],
  ['es', 'stores and employees', 'En 2023 la empresa tenía 165.000 empleados y 7.000 tiendas.'],
];

describe('never a figure', () => {
  for (const [lang, why, text] of NEGATIVES) {
    it(`${lang}: ${why}`, () => expect(parseFigures(text, { lang })).toEqual([]));
  }
});
