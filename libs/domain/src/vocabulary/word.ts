/** A word of the domain in the two languages of the desk: Chinese first, English beside it. */
export interface Word {
  zh: string;
  en: string;
}

/** The word listed for `key`, or the key itself in both languages when the list does not know it. */
export function wordFor(words: Readonly<Record<string, Word>>, key: unknown): Word {
  const found = Object.hasOwn(words, String(key)) ? words[String(key)] : undefined;
  return found ?? { zh: String(key), en: String(key) };
}

/** The word as it stands inside an English sentence: 'Level 1' → 'level 1' (the Chinese unchanged). */
export function inSentence(word: Word): Word {
  return { zh: word.zh, en: word.en.charAt(0).toLowerCase() + word.en.slice(1) };
}
