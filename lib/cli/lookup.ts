/** STUB: replaced by the owner of this command (see scripts/cli.ts). */
export async function runLookup(_argv: string[]): Promise<number> {
  console.error('backstory: lookup is not implemented yet');
  return 1;
}
