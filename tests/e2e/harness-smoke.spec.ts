import { describe, expect, it } from 'vitest';
import { useChromium } from './harness/fixtures';

describe('e2e harness', () => {
  const env = useChromium();

  it('loads the built extension and serves fixture pages over http://127.0.0.1', async () => {
    expect(env.browser.extensionId).toMatch(/^[a-p]{32}$/);
    const page = await env.open('/demo-it/');
    expect(await page.title()).toContain('OpenAI');
    expect(env.server.requests).toContain('/demo-it/');
    await page.close();
  });
});
