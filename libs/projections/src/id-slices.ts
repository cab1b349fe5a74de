/** `IN (...)` lists of ids stay well below the databases' parameter limits. */
const IDS_PER_QUERY = 500;

/**
 * Runs `query` on `ids` a slice of IDS_PER_QUERY at a time, one slice after the other (inside one
 * transaction), and gathers what the slices answer, in order.
 */
export async function inIdSlices<T>(
  ids: readonly string[],
  query: (slice: string[]) => Promise<readonly T[]>,
): Promise<T[]> {
  const answers: T[] = [];
  for (let i = 0; i < ids.length; i += IDS_PER_QUERY)
    answers.push(...(await query(ids.slice(i, i + IDS_PER_QUERY))));
  return answers;
}
