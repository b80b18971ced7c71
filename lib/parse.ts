/**
 * A small kit of payload parsers for data that crosses contexts. A parser takes anything and
 * returns either a fresh, fully checked value or `undefined`: it never throws and never returns
 * its input object itself, so a prototype or an extra key of the input can't reach the caller.
 * Pure: no browser or WXT imports.
 */

/** Checks and copies `x`; `undefined` means malformed. */
export type Parser<T> = (x: unknown) => T | undefined;

const OPTIONAL: unique symbol = Symbol('optional');
/** A field that may be absent (or `undefined`); see `optional`. */
export interface Optional<T> {
  readonly [OPTIONAL]: Parser<T>;
}
type Field = Parser<unknown> | Optional<unknown>;
type Shape = Record<string, Field>;
type Flat<T> = { [K in keyof T]: T[K] };
/** The value a `record(shape)` parser yields. */
export type Parsed<S extends Shape> = Flat<
  {
    [K in keyof S as S[K] extends Optional<unknown> ? never : K]: S[K] extends Parser<infer T>
      ? T
      : never;
  } & {
    [K in keyof S as S[K] extends Optional<unknown> ? K : never]?: S[K] extends Optional<infer T>
      ? T
      : never;
  }
>;

/** Marks a field of `record` as optional: absent or `undefined` is fine, else `p` must accept it. */
export function optional<T>(p: Parser<T>): Optional<T> {
  return { [OPTIONAL]: p };
}

/** A plain object: not null, not an array, created by `{}` or `Object.create(null)`. */
export function isPlainRecord(x: unknown): x is Record<string, unknown> {
  if (typeof x !== 'object' || x === null || Array.isArray(x)) return false;
  const proto: unknown = Object.getPrototypeOf(x);
  return proto === Object.prototype || proto === null;
}

/**
 * An object with exactly the keys of `shape` (optional ones may be missing). An extra key, an own
 * `__proto__` key included, makes the whole value malformed: sender and receiver are one build, so
 * an unknown key is a bug, not a newer version.
 */
export function record<S extends Shape>(shape: S): Parser<Parsed<S>> {
  return (x) => {
    if (!isPlainRecord(x)) return undefined;
    for (const k of Object.keys(x))
      if (!Object.prototype.hasOwnProperty.call(shape, k)) return undefined;
    const out: Record<string, unknown> = {};
    for (const [k, f] of Object.entries(shape)) {
      const v = x[k];
      if (typeof f !== 'function') {
        if (v === undefined) continue;
        const got = f[OPTIONAL](v);
        if (got === undefined) return undefined;
        out[k] = got;
      } else {
        const got = f(v);
        if (got === undefined) return undefined;
        out[k] = got;
      }
    }
    return out as Parsed<S>;
  };
}

/** The empty payload `{}` of messages that carry nothing. */
export const empty: Parser<Record<string, never>> = (x) =>
  isPlainRecord(x) && Object.keys(x).length === 0 ? {} : undefined;

/** A string of `min`..`max` characters. */
export function str(max: number, min = 0): Parser<string> {
  return (x) => (typeof x === 'string' && x.length >= min && x.length <= max ? x : undefined);
}

/** Any string, cut to at most `max` characters (free text such as a note or an error detail). */
export function clipped(max: number): Parser<string> {
  return (x) => (typeof x === 'string' ? x.slice(0, max) : undefined);
}

/** A finite number within `min`..`max`; `int` asks for an integer. */
export function num(opts: { min?: number; max?: number; int?: boolean } = {}): Parser<number> {
  const { min = -Infinity, max = Infinity, int = false } = opts;
  return (x) =>
    typeof x === 'number' &&
    Number.isFinite(x) &&
    x >= min &&
    x <= max &&
    (!int || Number.isInteger(x))
      ? x
      : undefined;
}

export const bool: Parser<boolean> = (x) => (typeof x === 'boolean' ? x : undefined);

/** One of the values of an `as const` list (the list its union type derives from). */
export function oneOf<T extends string>(list: readonly T[]): Parser<T> {
  return (x) =>
    typeof x === 'string' && (list as readonly string[]).includes(x) ? (x as T) : undefined;
}

/** `null`, or what `p` accepts. */
export function nullable<T>(p: Parser<T>): Parser<T | null> {
  return (x) => (x === null ? null : p(x));
}

/** An array of at most `max` items, every one accepted by `p` (one bad item rejects it all). */
export function arrayOf<T>(p: Parser<T>, max: number): Parser<T[]> {
  return (x) => {
    if (!Array.isArray(x) || x.length > max) return undefined;
    const out: T[] = [];
    for (const item of x) {
      const got = p(item);
      if (got === undefined) return undefined;
      out.push(got);
    }
    return out;
  };
}

/**
 * A value a type guard accepts, deep-copied (`structuredClone`), so the caller never holds the
 * input object. For JSON-safe data only.
 */
export function guarded<T>(is: (x: unknown) => x is T): Parser<T> {
  return (x) => (is(x) ? structuredClone(x) : undefined);
}

/** What `p` accepts, transformed by `f` (normalization: trimming, clamping). */
export function mapped<A, B>(p: Parser<A>, f: (a: A) => B): Parser<B> {
  return (x) => {
    const a = p(x);
    return a === undefined ? undefined : f(a);
  };
}
