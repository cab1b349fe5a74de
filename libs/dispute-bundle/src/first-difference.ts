/** Where two JSON values first differ: a path like `response.dueAt`, and both values there. */
export interface Difference {
  path: string;
  expected: unknown;
  found: unknown;
}

/** Compares two JSON values structurally (object key order ignored); undefined when equal. */
export function firstDifference(expected: unknown, found: unknown, path = ''): Difference | undefined {
  if (Object.is(expected, found)) return undefined;
  const here = { path: path || '(the whole value)', expected, found };
  if (Array.isArray(expected) || Array.isArray(found)) {
    if (!Array.isArray(expected) || !Array.isArray(found)) return here;
    for (let i = 0; i < Math.max(expected.length, found.length); i++) {
      const inner = firstDifference(expected[i], found[i], `${path}[${i}]`);
      if (inner) return inner;
    }
    return undefined;
  }
  if (isObject(expected) && isObject(found)) {
    const keys = [...new Set([...Object.keys(expected), ...Object.keys(found)])].sort();
    for (const key of keys) {
      const inner = firstDifference(expected[key], found[key], path ? `${path}.${key}` : key);
      if (inner) return inner;
    }
    return undefined;
  }
  return here;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}
