/** Render Preact into a fresh element for one DOM test; everything is unmounted after each test. */
import { afterEach } from 'vitest';
import { render, type ComponentChild } from 'preact';

let root: HTMLElement | null = null;

afterEach(() => {
  if (!root) return;
  render(null, root);
  root.remove();
  root = null;
});

export function mount(node: ComponentChild): HTMLElement {
  root = document.createElement('div');
  document.body.append(root);
  render(node, root);
  return root;
}
