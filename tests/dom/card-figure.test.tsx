// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { FigureCard } from '../../components/cards/figure-card';
import { BID_FIGURE, bidFigureDetails } from './card-fixtures';
import { mount } from './mount';

describe('FigureCard', () => {
  it('shows the normalised amount, its EUR value at a dated ECB rate, and the matched deal', () => {
    const el = mount(<FigureCard figure={BID_FIGURE} details={bidFigureDetails()} lang="en" theme="light" />);
    expect(el.querySelector('h2')?.textContent).toBe('US$97.4 billion');
    const conversion = el.querySelector('[data-part="conversion"]')!.textContent!;
    expect(conversion).toContain('≈ €93.9 billion');
    expect(conversion).toContain('ECB reference rate of Feb 10, 2025: 1 USD = 0.96407 EUR');
    expect(el.querySelector<HTMLAnchorElement>('[data-part="conversion"] a')?.href).toContain('ecb.europa.eu');
    const deal = el.querySelector('[data-part="deal"]')!.textContent!;
    expect(deal).toContain("Musk-led consortium's bid for OpenAI: US$97.4 billion — rejected, Feb 10, 2025");
    expect(deal).toContain('channelnewsasia.com');
  });

  it('draws labelled SVG bars for the figure and comparables in its currency, described for screen readers', () => {
    const el = mount(<FigureCard figure={BID_FIGURE} details={bidFigureDetails()} lang="en" theme="dark" />);
    const svg = el.querySelector('svg')!;
    expect(svg.getAttribute('role')).toBe('img');
    const labelled = svg.getAttribute('aria-labelledby')!.split(' ');
    expect(labelled.map((id) => el.querySelector(`#${id}`)?.tagName.toLowerCase())).toEqual(['title', 'desc']);
    const bars = [...svg.querySelectorAll('g[data-bar]')];
    // the figure + 3 USD comparables; the yen comparable cannot share the axis
    expect(bars).toHaveLength(4);
    expect(bars[0]!.getAttribute('data-bar')).toBe('figure');
    const widths = bars.map((g) => Number(g.querySelector('rect')!.getAttribute('width')));
    // valuation (300bn) longest, Twitter (44bn) shorter than the 97.4bn figure
    expect(widths[2]).toBeGreaterThan(widths[0]!);
    expect(widths[3]).toBeLessThan(widths[0]!);
    const desc = svg.querySelector('desc')!.textContent!;
    expect(desc).toContain('linear scale');
    expect(desc).toContain('OpenAI (valuation, Mar 31, 2025): US$300 billion');
    expect(desc).not.toContain('Yen');
  });

  it('speaks Italian', () => {
    const el = mount(<FigureCard figure={BID_FIGURE} details={bidFigureDetails()} lang="it" theme="light" />);
    expect(el.querySelector('h2')?.textContent).toBe('97,4 miliardi USD');
    expect(el.textContent).toContain('≈ 93,9 miliardi €');
    expect(el.textContent).toContain('Cambio di riferimento BCE del 10 feb 2025');
    expect(el.textContent).toContain('Corrisponde a un’operazione nota');
    expect(el.textContent).toContain('respinta, 10 feb 2025');
    expect(el.querySelector('desc')?.textContent).toContain('Grafico a barre (scala lineare)');
  });

  it('shows data strings as text', () => {
    const details = bidFigureDetails();
    details.comparables[0] = { ...details.comparables[0]!, label: '<script>alert(1)</script>' };
    const el = mount(<FigureCard figure={{ ...BID_FIGURE, surface: '<b>97,4</b>' }} details={details} lang="en" theme="light" />);
    expect(el.querySelector('script')).toBeNull();
    expect(el.querySelector('b')).toBeNull();
    expect(el.textContent).toContain('<b>97,4</b>');
    expect(el.querySelector('desc')?.textContent).toContain('<script>alert(1)</script>');
  });

  it('a per-share price gets no scale picture', () => {
    const el = mount(<FigureCard figure={{ surface: '12,50 euro', amount: 12.5, currency: 'EUR', kind: 'per_share' }} details={{ comparables: [], sources: {} }} lang="en" theme="light" />);
    expect(el.querySelector('h2')?.textContent).toBe('€12.50');
    expect(el.textContent).toContain('per share');
    expect(el.querySelector('svg')).toBeNull();
  });
});
