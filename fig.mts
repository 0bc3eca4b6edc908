import { parseFigures } from '/work/main/lib/money/index';
const [lang, ...rest] = process.argv.slice(2);
for (const t of rest) console.log(JSON.stringify(t), '=>', JSON.stringify(parseFigures(t, { lang }).map((f) => [f.surface, f.amount, f.currency, f.kind])));
