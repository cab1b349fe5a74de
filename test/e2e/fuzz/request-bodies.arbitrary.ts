import fc from 'fast-check';

/** A valid body with one thing spoiled: a field dropped, retyped, made huge, or an unknown one added. */
export function spoiled(valid: Record<string, unknown>): fc.Arbitrary<unknown> {
  const keys = Object.keys(valid);
  const strange = fc.oneof(
    fc.constant(null),
    fc.boolean(),
    fc.integer(),
    fc.double(),
    fc.string(),
    fc.constant(''),
    fc.constant('x'.repeat(30_000)),
    fc.constant('２０２６-１１-２０'),
    fc.constant('\u0000\uD800'),
    fc.array(fc.string(), { maxLength: 3 }),
    fc.dictionary(fc.string(), fc.string(), { maxKeys: 3 }),
  );
  return fc.oneof(
    fc
      .constantFrom(...keys)
      .map((k) => Object.fromEntries(Object.entries(valid).filter(([key]) => key !== k))),
    fc.tuple(fc.constantFrom(...keys), strange).map(([k, v]) => ({ ...valid, [k]: v })),
    fc
      .tuple(fc.string({ minLength: 1, maxLength: 12 }), strange)
      .map(([k, v]) => ({ ...valid, [`x${k}`]: v })),
    fc.tuple(fc.constantFrom(...keys), fc.constantFrom(...keys), strange).map(([a, b, v]) => ({
      ...valid,
      [a]: v,
      [b]: { nested: v },
    })),
  );
}

/** The valid body with one field nested `depth` deep in arrays or objects (33 to 10,000: too deep), as text. */
export function deeplyNested(valid: Record<string, unknown>): fc.Arbitrary<{ raw: string }> {
  return fc
    .tuple(fc.constantFrom(...Object.keys(valid)), fc.integer({ min: 33, max: 10_000 }), fc.boolean())
    .map(([key, depth, arrays]) => {
      const nested = arrays
        ? '['.repeat(depth) + ']'.repeat(depth)
        : '{"a":'.repeat(depth) + '1' + '}'.repeat(depth);
      return { raw: JSON.stringify({ ...valid, [key]: '\u0000deep' }).replace('"\\u0000deep"', nested) };
    });
}

/**
 * Anything a client could send as a body, parsed or not (bodies over 1 MiB have their own case on
 * every route in post-routes.fuzz.spec.ts).
 */
export function anyBody(valid: Record<string, unknown>): fc.Arbitrary<{ raw: string }> {
  return fc.oneof(
    { weight: 5, arbitrary: spoiled(valid).map((b) => ({ raw: JSON.stringify(b) ?? 'null' })) },
    { weight: 2, arbitrary: fc.jsonValue().map((b) => ({ raw: JSON.stringify(b) })) },
    {
      weight: 1,
      arbitrary: fc
        .oneof(
          fc.string(),
          fc.constantFrom('{', '{"a":', '[1,2', 'null', '', '{"contractId": undefined}', '\u0000', '{}}'),
        )
        .map((raw) => ({ raw })),
    },
    { weight: 1, arbitrary: deeplyNested(valid) },
  );
}
