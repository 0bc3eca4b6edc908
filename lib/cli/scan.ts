/** STUB: replaced by the owner of this command (see scripts/cli.ts). */
export async function runScan(_argv: string[]): Promise<number> {
  console.error('backstory: scan is not implemented yet');
  return 1;
}
