// The UI language: Finnish or English, switchable anywhere and remembered in
// localStorage. Until the trainee picks one, the UI follows the language of
// the scenario being played (Finnish by default for Finnish scenarios).
import type { Language } from '../../../engine/play.ts';
import { fi, type MessageKey } from './fi.ts';
import { en } from './en.ts';

export type { MessageKey };

const KEY = 'kohu:lang';
const dictionaries: Record<Language, Record<MessageKey, string>> = { fi, en };

function stored(): Language | null {
  try {
    const v = localStorage.getItem(KEY);
    return v === 'fi' || v === 'en' ? v : null;
  } catch {
    return null;
  }
}

function fromUrl(): Language | null {
  try {
    const v = new URLSearchParams(location.search).get('lang');
    return v === 'fi' || v === 'en' ? v : null;
  } catch {
    return null;
  }
}

function fromBrowser(): Language {
  const langs = typeof navigator === 'undefined' ? [] : (navigator.languages ?? [navigator.language]);
  return langs.some((l) => l.toLowerCase().startsWith('fi')) ? 'fi' : langs.length ? 'en' : 'fi';
}

class UiLanguage {
  current = $state<Language>('fi');
  /** True once the trainee has chosen a language themselves. */
  explicit = $state(false);

  constructor() {
    const chosen = fromUrl() ?? stored();
    this.current = chosen ?? fromBrowser();
    this.explicit = chosen !== null;
    this.apply();
  }

  /** The trainee's own choice: remembered. */
  choose(lang: Language): void {
    this.current = lang;
    this.explicit = true;
    try {
      localStorage.setItem(KEY, lang);
    } catch {
      /* remembered for this page only */
    }
    this.apply();
  }

  /** A scenario's language: followed only while the trainee has not chosen. */
  suggest(lang: Language): void {
    if (this.explicit || this.current === lang) return;
    this.current = lang;
    this.apply();
  }

  private apply(): void {
    if (typeof document !== 'undefined') document.documentElement.lang = this.current;
  }
}

export const uiLang = new UiLanguage();

/** A UI message in the current language, with `{name}` parameters filled in. */
export function t(key: MessageKey, params?: Record<string, string | number>): string {
  const text = dictionaries[uiLang.current][key] ?? key;
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}
