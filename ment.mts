import { loadIndexFromDisk, scanContent } from '/work/main/lib/cli/scan-core';
const index = await loadIndexFromDisk();
const [lang, ...texts] = process.argv.slice(2);
for (const t of texts) console.log(JSON.stringify(scanContent(index, { content: t, html: false, lang }).mentions.map((m: any) => [m.surface, m.id])));
