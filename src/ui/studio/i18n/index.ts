// The studio's own UI text, in Finnish and English, following the app's
// language switch (uiLang). Kept apart from the drill's dictionaries so that
// the drill's bundle does not carry the studio's words.
import { uiLang } from '../../shared/i18n/index.svelte.ts';
import type { Language } from '../../../engine/play.ts';
import { fi, type StudioKey } from './fi.ts';
import { en } from './en.ts';

const dictionaries: Record<Language, Record<StudioKey, string>> = { fi, en };

export function studioLang(): Language {
  return uiLang.current;
}

/** A studio message in the current language, with `{name}` parameters filled in. */
export function st(key: StudioKey, params?: Record<string, string | number>): string {
  const text = dictionaries[uiLang.current][key] ?? key;
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}
