import { useEffect, useState } from 'react';
import { api } from '../../api/client';

const names = new Map<string, Promise<string>>();

/** A customer organisation's name (GET /api/customers/:id, asked once per page load); its id until known. */
export function useCustomerName(id: string): string {
  const [name, setName] = useState(id);
  useEffect(() => {
    let current = true;
    if (!names.has(id)) {
      names.set(
        id,
        api.get<{ name: string }>(`/api/customers/${id}`).then(
          (c) => c.name,
          () => id,
        ),
      );
    }
    void names.get(id)!.then((n) => current && setName(n));
    return () => {
      current = false;
    };
  }, [id]);
  return name;
}
