/**
 * WXT storage items made from registry entries (lib/platform/registry.ts), so a key, its area and
 * its version are written in one place. Every `storage.defineItem` of the product goes through
 * `defineStored`.
 */
import { storage } from '@wxt-dev/storage';
import { wxtKey, type StorageEntry } from './registry';

/**
 * The WXT item of `entry` (a single key in local or session storage). WXT records the entry's
 * version in `<key>$` and runs `migrations[N]` (keyed by the version they produce) on read.
 */
export function defineStored<T>(
  entry: StorageEntry,
  opts: { fallback: T; migrations?: Record<number, (old: unknown) => unknown> },
) {
  return storage.defineItem<T>(wxtKey(entry), {
    fallback: opts.fallback,
    version: entry.version,
    ...(opts.migrations ? { migrations: opts.migrations } : {}),
  });
}

/**
 * The raw `storage.local.set` items that store `value` as `entry`'s WXT item, its version included
 * (WXT keeps it in `<key>$`), for a write that must be one storage call together with others (an
 * import). A missing version record would make WXT run every migration again on the next start.
 */
export function storedWrite(entry: StorageEntry, value: unknown): Record<string, unknown> {
  wxtKey(entry); // throws for anything but a single key
  return { [entry.key]: value, [`${entry.key}$`]: { v: entry.version } };
}
