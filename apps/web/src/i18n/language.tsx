import { createContext, useContext, useMemo, useState, type ReactNode } from 'react';

export type Language = 'zh' | 'en';

/** Texts of one screen in both languages; Chinese first, every key present in both. */
export type Messages<K extends string> = { zh: Record<K, string>; en: Record<K, string> };

const STORAGE_KEY = 'desk.language';

interface LanguageContextValue {
  language: Language;
  setLanguage: (language: Language) => void;
}

const LanguageContext = createContext<LanguageContextValue>({ language: 'zh', setLanguage: () => undefined });

/** zh-CN by default; the choice is kept in the browser. */
export function LanguageProvider({ children }: { children: ReactNode }) {
  const [language, setState] = useState<Language>(() =>
    localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'zh',
  );
  const value = useMemo(
    () => ({
      language,
      setLanguage: (next: Language) => {
        localStorage.setItem(STORAGE_KEY, next);
        document.documentElement.lang = next === 'zh' ? 'zh-CN' : 'en';
        setState(next);
      },
    }),
    [language],
  );
  return <LanguageContext.Provider value={value}>{children}</LanguageContext.Provider>;
}

export const useLanguage = () => useContext(LanguageContext);

/**
 * The screen's translator: `t('key')`, with `{name}` placeholders filled from `values`.
 * `const t = useT(BOARD_MESSAGES)`.
 */
export function useT<K extends string>(messages: Messages<K>) {
  const { language } = useLanguage();
  return (key: K, values: Record<string, string | number> = {}) =>
    messages[language][key].replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? `{${name}}`));
}
