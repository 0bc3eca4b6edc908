/** Build-time assets shipped in the extension (public/facts/*), read with fetch from our origin. */
import { browser } from 'wxt/browser';

export interface BundleMetaFile {
  version: string;
  dataDate: string;
  builtAt?: string;
  counts?: Record<string, number>;
}

async function fetchOk(path: `/facts/${string}`): Promise<Response> {
  const url = browser.runtime.getURL(path as '/');
  const response = await fetch(url);
  if (!response.ok) throw new Error(`Backstory's ${path} is missing from this build (${response.status}); run "npm run facts" and rebuild`);
  return response;
}

export async function fetchAsset<T>(path: `/facts/${string}`): Promise<T> {
  return (await (await fetchOk(path)).json()) as T;
}

export async function fetchText(path: `/facts/${string}`): Promise<string> {
  return (await fetchOk(path)).text();
}

/** A file's bytes: the bundle's binary bucket parts, stored as packed, never inflated by the seed. */
export async function fetchBytes(path: `/facts/${string}`): Promise<Uint8Array> {
  return new Uint8Array(await (await fetchOk(path)).arrayBuffer());
}
