/** Build-time assets shipped in the extension (public/facts/*), read with fetch from our origin. */
import { browser } from 'wxt/browser';

export interface BundleMetaFile {
  version: string;
  dataDate: string;
  builtAt?: string;
  counts?: Record<string, number>;
}

export async function fetchAsset<T>(path: `/facts/${string}`): Promise<T> {
  const url = browser.runtime.getURL(path as '/');
  const response = await fetch(url);
  if (!response.ok) throw new Error(`Backstory's ${path} is missing from this build (${response.status}); run "npm run facts" and rebuild`);
  return (await response.json()) as T;
}
