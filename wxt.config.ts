import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// One source, two builds: `wxt build` (Chrome MV3) and `wxt build -b firefox` (Firefox MV2/MV3).
// Explicit imports everywhere (`imports: false`) so every dependency is visible in the file.
export default defineConfig({
  // BACKSTORY_OUT_DIR lets a test run build into its own folder (parallel runs never share one).
  outDir: process.env.BACKSTORY_OUT_DIR ?? '.output',
  imports: false,
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [preact()],
    // BACKSTORY_SOURCEMAP=1 writes source maps, to see where a bundle's bytes go (docs/on-page.md).
    build: { target: 'es2022', sourcemap: process.env.BACKSTORY_SOURCEMAP === '1' },
  }),
  manifest: ({ browser }) => ({
    name: 'Backstory',
    description:
      'Background facts behind the companies, people and deal figures in the news you read — offline, with sources.',
    // storage: settings. activeTab: the popup learns the current tab's host (for the per-site
    // switch) when the user opens it, with no install warning. Reading pages needs nothing more:
    // the content script is declared statically on http(s) pages. See docs/permissions.md.
    permissions: ['storage', 'activeTab'],
    commands: {
      'next-mention': {
        suggested_key: { default: 'Alt+Shift+N' },
        description: 'Go to the next marked mention and open its card',
      },
      'previous-mention': {
        suggested_key: { default: 'Alt+Shift+P' },
        description: 'Go to the previous marked mention and open its card',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'backstory@backstory.example',
              // Custom Highlight API (marks) arrived in Firefox 140.
              strict_min_version: '140.0',
              // Backstory collects and transmits nothing (docs/privacy.md).
              data_collection_permissions: { required: ['none'] },
            },
            // data_collection_permissions needs Firefox for Android 142.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
