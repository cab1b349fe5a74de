/** The object without its undefined members: the event store refuses undefined, which JSON would drop. */
export function compact<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
