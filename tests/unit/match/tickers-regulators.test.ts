import { describe, expect, it } from 'vitest';
import { found } from './fixture-index';

describe('tickers', () => {
  it('count after an exchange prefix', () => {
    expect(found('Nvidia (NASDAQ: NVDA) e Apple (Nasdaq:AAPL) salgono.', 'it')).toEqual([
      ['Nvidia', 'nvidia'], ['NVDA', 'nvidia'], ['Apple', 'apple'], ['AAPL', 'apple'],
    ]);
  });

  it('do not count as bare words without context', () => {
    expect(found('NVDA is a string of letters.', 'en')).toEqual([]);
    expect(found('Il META-verso? No.', 'it')).toEqual([]);
  });

  it('count bare when the company is named plainly in the same document', () => {
    expect(found('Nvidia ha battuto le stime; NVDA +5%.', 'it')).toEqual([['Nvidia', 'nvidia'], ['NVDA', 'nvidia']]);
  });
});

describe('regulators and public bodies are never companies', () => {
  it('keeps its own kind when the data says regulator', () => {
    expect(found('La Consob ha approvato il prospetto di Eni.', 'it')).toEqual([['Consob', 'consob'], ['Eni', 'eni']]);
  });

  it('drops a company entry that is really a regulator, and blocks shorter names inside public bodies', () => {
    expect(found('The SEC sued the company. The Securities and Exchange Commission agreed.', 'en')).toEqual([]);
    expect(found('La CNMV y el Banco de España vigilan a Banco Sabadell.', 'es')).toEqual([['Banco Sabadell', 'sabadell']]);
  });
});
