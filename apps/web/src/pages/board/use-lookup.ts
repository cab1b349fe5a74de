import { useEffect, useState } from 'react';

/** The answer of a cached lookup (`lookup(id)`), undefined until it arrives or when it fails. */
export function useLookup<T>(
  id: string | null | undefined,
  lookup: (id: string) => Promise<T>,
): T | undefined {
  const [found, setFound] = useState<{ id: string; value: T }>();
  useEffect(() => {
    if (!id) return;
    let current = true;
    lookup(id).then(
      (value) => current && setFound({ id, value }),
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [id, lookup]);
  return found && found.id === id ? found.value : undefined;
}
