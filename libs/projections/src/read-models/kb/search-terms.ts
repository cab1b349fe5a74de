/** A run of Chinese characters, or a run of other letters and digits. */
const RUNS = /\p{Script=Han}+|(?:(?!\p{Script=Han})[\p{L}\p{N}])+/gu;
const HAN = /^\p{Script=Han}/u;

/**
 * The index terms of a text: each run of Chinese characters as its overlapping two-character
 * words (结算接口超时 → 结算 算接 接口 口超 超时; a lone character stays itself), every other
 * word lower-cased. The same function splits a query, so any two-character word of a text finds it.
 */
export function searchTerms(text: string): string[] {
  const terms = new Set<string>();
  for (const run of text.normalize('NFKC').match(RUNS) ?? []) {
    if (!HAN.test(run)) {
      terms.add(run.toLowerCase());
      continue;
    }
    const chars = [...run];
    if (chars.length === 1) terms.add(run);
    for (let i = 0; i + 1 < chars.length; i++) terms.add(chars[i] + chars[i + 1]);
  }
  return [...terms];
}

/** True for a term made of Chinese characters (matched exactly); others match as word prefixes. */
export const isChineseTerm = (term: string): boolean => HAN.test(term);
