/**
 * `npm start`: build Backstory and open Chromium with it on the bundled Italian demo article.
 * With a display, the browser stays open for you to explore. Without one (a server, CI), it runs
 * headless and writes what a reader would see to demo-output/: a screenshot of the marked page,
 * screenshots of the cards, and a findings report.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ensureBrowsers } from './lib/ensure-browsers';
import { run } from './lib/run';
import { launchWithExtension } from '../tests/e2e/harness/chromium';
import { startFixtureServer } from '../tests/e2e/harness/server';
import { hoverText, readShadowUi, waitForHighlights, type MarkedRange } from '../tests/e2e/harness/page-helpers';

const OUT = resolve('demo-output');
const DEMO_PATH = '/demo-it/';
/** Mentions whose cards the headless run captures: a company, a person, a figure. */
const CARDS = [
  { file: 'card-company.png', text: 'OpenAI', occurrence: 1 },
  { file: 'card-person.png', text: 'Mark Zuckerberg', occurrence: 0 },
  { file: 'card-figure.png', text: '97,4 miliardi di dollari', occurrence: 0 },
];

async function main(): Promise<number> {
  ensureBrowsers(['chromium']);
  const built = await run('npm', ['run', '--silent', 'build']);
  if (built !== 0) return built;
  const server = await startFixtureServer(resolve('tests/fixtures/pages'));
  const url = server.origin + DEMO_PATH;
  const headed = Boolean(process.env.DISPLAY) && !process.env.CI;
  const browser = await launchWithExtension({ headless: !headed, locale: 'it-IT' });
  const page = await browser.newPage();
  await page.goto(url);
  if (headed) {
    console.log(`Backstory is running in Chromium on ${url}. Hover a marked name or figure; close the browser to stop.`);
    await new Promise<void>((done) => browser.context.on('close', () => done()));
    await server.close();
    return 0;
  }
  mkdirSync(OUT, { recursive: true });
  const marks = await waitForHighlights(page, (m) => m.length >= 10, 20_000).catch(() => [] as MarkedRange[]);
  await page.screenshot({ path: resolve(OUT, 'page.png'), fullPage: true });
  const cards: Array<{ mention: string; text: string; screenshot: string }> = [];
  for (const card of CARDS) {
    await page.keyboard.press('Escape');
    await hoverText(page, card.text, card.occurrence);
    await page.waitForTimeout(1200);
    await page.screenshot({ path: resolve(OUT, card.file) });
    cards.push({ mention: card.text, text: (await readShadowUi(page)).text, screenshot: card.file });
  }
  const byKind = new Map<string, string[]>();
  for (const m of marks) byKind.set(m.highlight, [...(byKind.get(m.highlight) ?? []), m.text]);
  const report = [
    `# Backstory demo findings`,
    ``,
    `Page: ${DEMO_PATH} (Italian demo article written for Backstory)`,
    ``,
    ...[...byKind].map(([kind, texts]) => `- **${kind}** (${texts.length}): ${texts.join(', ')}`),
    ``,
    `## Cards`,
    ...cards.map((c) => `\n### ${c.mention}\n![${c.mention}](${c.screenshot})\n\n${c.text || '(no card shown)'}`),
    ``,
  ].join('\n');
  writeFileSync(resolve(OUT, 'findings.md'), report);
  writeFileSync(resolve(OUT, 'findings.json'), JSON.stringify({ url: DEMO_PATH, marks, cards }, null, 2) + '\n');
  await browser.close();
  await server.close();
  console.log(`No display found, so Backstory ran headless on the demo article.`);
  console.log(`Wrote ${marks.length} marks and ${cards.length} cards to ${OUT}/ (page.png, card-*.png, findings.md, findings.json).`);
  return marks.length > 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`start: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
