/** Durations (ms) from a comma-separated list (SQL group_concat), sorted ascending. */
export function sortedDurations(list: unknown): Float64Array {
  if (list === null || list === undefined || list === '') return new Float64Array(0);
  const parts = String(list).split(',');
  const values = new Float64Array(parts.length);
  for (let i = 0; i < parts.length; i++) values[i] = +parts[i];
  return values.sort();
}

/** Several sorted lists as one sorted list. */
export function mergeSorted(lists: readonly Float64Array[]): Float64Array {
  const joined = new Float64Array(lists.reduce((n, l) => n + l.length, 0));
  let offset = 0;
  for (const list of lists) {
    joined.set(list, offset);
    offset += list.length;
  }
  return joined.sort();
}
