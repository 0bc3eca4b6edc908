/**
 * `backstory scan <file...> [--json] [--lang xx]` — the stable CLI contract of issue 2.
 * --json prints one object per file per line:
 *   {"file","lang","mentions":[{kind,id,name,surface,start,end}],"figures":[{surface,start,end,amount,currency,kind}]}
 * plus "text" (the extracted text) for HTML files. Offsets are UTF-16 code units into the text.
 * A file that cannot be read is reported on stderr (the others are still scanned) and the exit code is 1.
 */
import { readFile } from 'node:fs/promises';
import { decodeBytes } from '../text/decode';
import { isHtmlPath, loadIndexFromDisk, scanContent } from './scan-core';

const USAGE = 'usage: backstory scan <file.txt|file.html ...> [--json] [--lang it|en|fr|de|es]';

interface ScanArgs {
  files: string[];
  json: boolean;
  lang?: string;
}

export function parseScanArgs(argv: string[]): ScanArgs | string {
  const files: string[] = [];
  let json = false;
  let lang: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--json') json = true;
    else if (arg === '--lang') {
      lang = argv[++i];
      if (!lang || !/^[a-zA-Z]{2,3}([-_][a-zA-Z0-9]{2,8})?$/.test(lang)) return `--lang needs a language tag such as it or de-CH\n${USAGE}`;
    } else if (arg.startsWith('--lang=')) lang = arg.slice('--lang='.length);
    else if (arg.startsWith('--')) return `unknown option ${arg}\n${USAGE}`;
    else files.push(arg);
  }
  if (files.length === 0) return `give at least one file\n${USAGE}`;
  return { files, json, ...(lang ? { lang } : {}) };
}

async function toStderr<T>(fn: () => Promise<T>): Promise<T> {
  const log = console.log;
  console.log = (...args: unknown[]) => console.error(...args);
  try {
    return await fn();
  } finally {
    console.log = log;
  }
}

export async function runScan(argv: string[]): Promise<number> {
  const args = parseScanArgs(argv);
  if (typeof args === 'string') {
    console.error(`backstory scan: ${args}`);
    return 2;
  }
  // Standard output carries only the JSON lines: anything the facts build logs goes to stderr.
  const index = await toStderr(() => loadIndexFromDisk());
  const bundle = args.json ? undefined : await toStderr(async () => (await import('../facts/load-bundle-node')).loadBundleFromDisk());
  const { renderReport } = await import('./scan-report');
  let failed = 0;
  for (const file of args.files) {
    let content: string;
    try {
      content = decodeBytes(await readFile(file), isHtmlPath(file));
    } catch (error) {
      failed += 1;
      const why = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message;
      console.error(`backstory scan: cannot read ${file}: ${why}`);
      continue;
    }
    const result = scanContent(index, { content, html: isHtmlPath(file), ...(args.lang ? { lang: args.lang } : {}) });
    if (args.json) {
      const { text, ...rest } = result;
      console.log(JSON.stringify({ file, lang: rest.lang, mentions: rest.mentions, figures: rest.figures, ...(text !== undefined ? { text } : {}) }));
    } else {
      console.log(renderReport(file, result, bundle!) + '\n');
    }
  }
  return failed > 0 ? 1 : 0;
}
