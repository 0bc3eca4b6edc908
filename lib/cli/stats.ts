/** STUB: replaced by the owner of this command (see scripts/cli.ts). */
export async function runStats(_argv: string[]): Promise<number> {
  console.error('backstory: stats is not implemented yet');
  return 1;
}
