/** Why a backup file was refused: a code the page words, and where in the file. Pure. */

export type BackupErrorCode =
  /** The file, or one of its lists, is larger than any real backup. */
  | 'too-large'
  /** Not JSON at all. */
  | 'not-json'
  /** JSON, but not a Chin Up backup. */
  | 'not-backup'
  /** Made by a newer Chin Up (a format this version does not know). */
  | 'newer-version'
  /** A version number that never existed. */
  | 'bad-version'
  /** A `__proto__`, `constructor` or `prototype` key: never in a real backup. */
  | 'forbidden-key'
  /** Nested deeper than any real backup. */
  | 'too-deep'
  /** A field of the wrong type. */
  | 'wrong-type'
  /** A date after today. */
  | 'future-date'
  /** The same day twice. */
  | 'duplicate-day';

export interface BackupError {
  code: BackupErrorCode;
  /** Path of the field, for example `days[3].nudges`; '' for the whole file. */
  where: string;
}

/** Thrown inside the validator, caught at its top: the first problem found ends the check. */
export class BackupInvalid extends Error {
  constructor(
    readonly code: BackupErrorCode,
    readonly where = '',
  ) {
    super(`${code} ${where}`);
  }
}

/** Throws `wrong-type` at `where` unless `ok`. */
export function expect(ok: boolean, where: string): asserts ok {
  if (!ok) throw new BackupInvalid('wrong-type', where);
}

/** A plain JSON object (not an array, not null). */
export function isObj(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/** A list of at most `max` items, else `wrong-type` or `too-large` at `where`. */
export function list(x: unknown, max: number, where: string): unknown[] {
  expect(Array.isArray(x), where);
  if (x.length > max) throw new BackupInvalid('too-large', where);
  return x;
}

const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);
/** Deeper than the deepest real field (a desk check's estimate inside `desk.last`). */
export const MAX_DEPTH = 8;

/**
 * Walks every value of a parsed file: refuses prototype keys anywhere and nesting past
 * `MAX_DEPTH`. Iterative, so a hostile file cannot overflow the stack.
 */
export function scan(root: unknown): void {
  const stack: { v: unknown; depth: number; path: string }[] = [{ v: root, depth: 0, path: '' }];
  for (let top = stack.pop(); top; top = stack.pop()) {
    const { v, depth, path } = top;
    if (typeof v !== 'object' || v === null) continue;
    if (depth > MAX_DEPTH) throw new BackupInvalid('too-deep', path);
    if (Array.isArray(v)) {
      v.forEach((x, i) => stack.push({ v: x, depth: depth + 1, path: `${path}[${i}]` }));
      continue;
    }
    for (const k of Object.keys(v)) {
      const at = path ? `${path}.${k}` : k;
      if (FORBIDDEN.has(k)) throw new BackupInvalid('forbidden-key', at);
      stack.push({ v: (v as Record<string, unknown>)[k], depth: depth + 1, path: at });
    }
  }
}
