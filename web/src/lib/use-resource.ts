import { useCallback, useEffect, useRef, useState } from 'react';

export interface Resource<T> {
  data: T | undefined;
  error: unknown;
  loading: boolean;
  reload: () => Promise<void>;
  setData: (data: T) => void;
}

/** Loads data with `load` whenever `deps` change; keeps the last data while reloading. */
export function useResource<T>(load: (signal: AbortSignal) => Promise<T>, deps: unknown[]): Resource<T> {
  const [data, setData] = useState<T | undefined>(undefined);
  const [error, setError] = useState<unknown>(null);
  const [loading, setLoading] = useState(true);
  const controllerRef = useRef<AbortController | null>(null);
  const loadRef = useRef(load);
  loadRef.current = load;

  const run = useCallback(async () => {
    controllerRef.current?.abort();
    const controller = new AbortController();
    controllerRef.current = controller;
    setLoading(true);
    try {
      const result = await loadRef.current(controller.signal);
      if (!controller.signal.aborted) {
        setData(result);
        setError(null);
      }
    } catch (caught) {
      if (!controller.signal.aborted && (caught as Error)?.name !== 'AbortError') setError(caught);
    } finally {
      if (!controller.signal.aborted) setLoading(false);
    }
    // `deps` is the caller's list, as with useEffect: a change rebuilds run, and the effect below reloads.
  }, deps);

  useEffect(() => {
    void run();
    return () => controllerRef.current?.abort();
  }, [run]);

  return { data, error, loading, reload: run, setData };
}
