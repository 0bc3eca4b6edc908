/**
 * Backstory's command line, over the same lib/ code as the extension.
 *   npm run --silent backstory -- scan <file...> [--json] [--lang it]
 *   npm run --silent backstory -- lookup "<name or alias>" [--json]
 *   npm run --silent backstory -- stats [--json]
 * The JSON shapes are a stable contract (issue 2): change them only additively.
 */
const USAGE = `usage: backstory <command> [options]
  scan <file...> [--json] [--lang xx]   find companies, people and money figures in .txt/.html files
  lookup "<name or alias>" [--json]       show the best matching entity with all its facts and sources
  stats [--json]                          counts, bundle version and data date`;

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case 'scan':
      return (await import('../lib/cli/scan')).runScan(rest);
    case 'lookup':
      return (await import('../lib/cli/lookup')).runLookup(rest);
    case 'stats':
      return (await import('../lib/cli/stats')).runStats(rest);
    case undefined:
    case '-h':
    case '--help':
      console.log(USAGE);
      return command === undefined ? 2 : 0;
    default:
      console.error(`backstory: unknown command "${command}"\n${USAGE}`);
      return 2;
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`backstory: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
