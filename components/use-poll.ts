/** Polls an async source every `intervalMs` while mounted; exposes the last value or error. */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';

export interface Polled<T> {
  value: T | null;
  error: string | null;
  /** Fetch now (e.g. after an action) and reset the timer. */
  refresh: () => Promise<void>;
}

export function usePoll<T>(load: () => Promise<T>, intervalMs: number): Polled<T> {
  const [value, setValue] = useState<T | null>(null);
  const [error, setError] = useState<string | null>(null);
  const loadRef = useRef(load);
  loadRef.current = load;
  const refresh = useCallback(async () => {
    try {
      setValue(await loadRef.current());
      setError(null);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  }, []);
  useEffect(() => {
    void refresh();
    const id = setInterval(() => void refresh(), intervalMs);
    return () => clearInterval(id);
  }, [refresh, intervalMs]);
  return { value, error, refresh };
}
