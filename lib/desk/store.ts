/** The desk check's stored record: its two last results (`STORAGE.deskCheck`). Pure. */
import { coerceDeskResult, type DeskResult } from './result';

export interface DeskStore {
  last: DeskResult | null;
  previous: DeskResult | null;
}

/** What storage holds, read back: a malformed or missing result becomes null. */
export function coerceDeskStore(raw: unknown): DeskStore {
  const r = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  return { last: coerceDeskResult(r.last), previous: coerceDeskResult(r.previous) };
}
