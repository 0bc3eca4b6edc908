import 'fake-indexeddb/auto';
import { openFactsDb, type FactsDb } from '../../../lib/facts/db';

let counter = 0;
/** A fresh, uniquely named database per test (fake-indexeddb keeps them in memory). */
export async function freshDb(): Promise<FactsDb> {
  counter++;
  return openFactsDb(`backstory-test-${process.pid}-${counter}-${Date.now()}`);
}
