// @vitest-environment happy-dom
/** Issue #8 in the popup: a linked name in a card opens that card; Back returns one step. */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { PopupApp } from '../../components/popup/popup-app';
import type { PopupApi } from '../../components/popup/popup-api';
import { jeepDetails, stellantisDetails } from './relation-fixtures';
import { fakePopupApi } from '../unit/search/fake-popup-api';

function fakeApi(): PopupApi {
  return fakePopupApi({
    search: async () => [{ id: 'b:jeep', kind: 'brand', name: 'Jeep', score: 1 }],
    lookupEntity: async (id) => (id === 'b:jeep' ? jeepDetails() : id === 'c:stellantis' ? stellantisDetails() : null),
  });
}

const flush = () => act(async () => new Promise((r) => setTimeout(r, 0)));
const title = (root: Element) => root.querySelector('#bs-popup-card-title')?.textContent;
async function click(el: Element | null) {
  await act(() => (el as HTMLElement).click());
  await flush();
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('popup card links', () => {
  it('opens the owner from a brand card, a brand from the owner, and Back walks the way back', async () => {
    const root = document.createElement('div');
    document.body.append(root);
    await act(() => render(<PopupApp api={fakeApi()} />, root));
    await flush();
    const input = root.querySelector<HTMLInputElement>('input[role="combobox"]')!;
    input.value = 'Jeep';
    await act(() => { input.dispatchEvent(new Event('input', { bubbles: true })); });
    await flush();
    await click(root.querySelector('[role="option"]'));
    expect(title(root)).toBe('Jeep');

    await click(root.querySelector('.bs-owner button.bs-entity-link'));
    expect(title(root)).toBe('Stellantis');
    expect(root.querySelectorAll('[data-unit]')).toHaveLength(8);

    expect(root.querySelector('.bs-back')?.textContent).toBe('← Back to Jeep');
    await click(root.querySelector('.bs-back'));
    expect(title(root)).toBe('Jeep');
    expect(root.querySelector('.bs-back')?.textContent).toBe('← Back to results');
    await click(root.querySelector('.bs-back'));
    expect(root.querySelector('input[role="combobox"]')).not.toBeNull();
  });
});
