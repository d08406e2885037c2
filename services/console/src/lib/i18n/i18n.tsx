import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { english } from './en';
import { chinese, type MessageKey } from './zh-CN';

export type Language = 'zh-CN' | 'en';
export type Translate = (key: MessageKey, values?: Readonly<Record<string, string | number>>) => string;

const DICTIONARIES: Readonly<Record<Language, Readonly<Record<MessageKey, string>>>> = { 'zh-CN': chinese, en: english };
/** Only the language is remembered in the browser; the session lives in an httpOnly cookie. */
const STORAGE_KEY = 'ia-console.language';

export function storedLanguage(): Language {
  try {
    return globalThis.localStorage?.getItem(STORAGE_KEY) === 'en' ? 'en' : 'zh-CN';
  } catch {
    return 'zh-CN';
  }
}

export function translator(language: Language): Translate {
  const dictionary = DICTIONARIES[language];
  return (key, values = {}) => dictionary[key].replace(/\{(\w+)\}/g, (whole, name: string) => String(values[name] ?? whole));
}

interface I18n {
  readonly language: Language;
  readonly t: Translate;
  /** The text for a value the server sends as a code (a status, a source); the code itself when none is known. */
  readonly label: (group: string, value: string | undefined) => string;
  readonly setLanguage: (language: Language) => void;
}

const I18nContext = createContext<I18n | undefined>(undefined);

export function I18nProvider({ children, initial }: { readonly children: ReactNode; readonly initial?: Language }) {
  const [language, setState] = useState<Language>(initial ?? storedLanguage);
  const setLanguage = useCallback((next: Language) => {
    try {
      globalThis.localStorage?.setItem(STORAGE_KEY, next);
    } catch {
      // A browser that refuses storage still switches for this visit.
    }
    document.documentElement.lang = next;
    setState(next);
  }, []);
  const value = useMemo<I18n>(() => {
    const t = translator(language);
    const dictionary: Readonly<Record<string, string>> = DICTIONARIES[language];
    const label = (group: string, value: string | undefined) => (value === undefined ? '—' : (dictionary[`${group}.${value}`] ?? value));
    return { language, t, label, setLanguage };
  }, [language, setLanguage]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (value === undefined) throw new Error('useI18n outside I18nProvider');
  return value;
}
