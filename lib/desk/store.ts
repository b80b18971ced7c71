/** The desk check's stored record: its two last results (`STORAGE.deskCheck`). Pure. */
import { coerceDeskResult, type DeskResult } from './result';

export interface DeskStore {
  last: DeskResult | null;
  previous: DeskResult | null;
}

/**
 * A record a page sends to be stored: each result is null or well formed, or the whole record is
 * refused (undefined), so a page's bug never replaces a stored result with nothing.
 */
export function parseDeskStore(raw: unknown): DeskStore | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const r = raw as Record<string, unknown>;
  const last = r.last === null ? null : coerceDeskResult(r.last);
  const previous = r.previous === null ? null : coerceDeskResult(r.previous);
  if ((r.last !== null && !last) || (r.previous !== null && !previous)) return undefined;
  return { last, previous };
}

/** What storage holds, read back: a malformed or missing result becomes null. */
export function coerceDeskStore(raw: unknown): DeskStore {
  const r = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  return { last: coerceDeskResult(r.last), previous: coerceDeskResult(r.previous) };
}
