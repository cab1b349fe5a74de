import { api } from '../../api/client';

const names = new Map<string, Promise<string | undefined>>();

/** A staff member's display name; only admin and manager may read other users (else undefined). */
export function staffName(id: string): Promise<string | undefined> {
  let hit = names.get(id);
  if (!hit) {
    hit = api
      .get<{ displayName?: string; username: string }>(`/api/staff/${encodeURIComponent(id)}`)
      .then((s) => s.displayName ?? s.username)
      .catch(() => undefined);
    names.set(id, hit);
  }
  return hit;
}
