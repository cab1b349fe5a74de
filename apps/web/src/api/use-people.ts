import { useEffect, useState } from 'react';
import type { Role } from '../auth/session';
import { useSession } from '../auth/session';
import { api } from './client';

/** A user as GET /api/people names it. */
export interface Person {
  id: string;
  name: string;
  role: Role;
  active: boolean;
}

export type People = ReadonlyMap<string, Person>;

const FRESH_MS = 30_000;
let cache: { userId: string; at: number; people: Promise<People> } | undefined;

/** The people, fetched once per signed-in user and again (at most every 30 s) when an id is missing. */
function load(userId: string, missing: boolean): Promise<People> {
  const stale = !cache || cache.userId !== userId || (missing && Date.now() - cache.at > FRESH_MS);
  if (stale) {
    const people = api
      .get<{ items: Person[] }>('/api/people')
      .then(({ items }) => new Map(items.map((p) => [p.id, p])) as People);
    cache = { userId, at: Date.now(), people };
    people.catch(() => {
      if (cache?.people === people) cache = undefined;
    });
  }
  return cache!.people;
}

/**
 * Who is who, for every role (GET /api/people): a map from user id to name and role; empty until
 * it arrives. Ids it does not know yet (a user registered since) make it ask again.
 */
export function usePeople(ids: readonly (string | null | undefined)[] = []): People {
  const { user } = useSession();
  const [people, setPeople] = useState<People>(new Map());
  const missing = ids.some((id) => id && !people.has(id));
  useEffect(() => {
    if (!user) return;
    let current = true;
    load(user.id, missing).then(
      (found) => current && setPeople(found),
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [user, missing]);
  return people;
}
