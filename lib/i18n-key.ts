/** Locale keys built from kebab-case ids, one rule for every context. Pure. */

/** `shoulders-out-of-frame` -> `prefixShouldersOutOfFrame`; `over-50` -> `prefixOver50`. */
export function kebabKey(prefix: string, id: string): string {
  return prefix + id.replace(/(^|-)([a-z0-9])/g, (_m, _d: string, c: string) => c.toUpperCase());
}
