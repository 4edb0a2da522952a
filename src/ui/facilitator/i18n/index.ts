// The facilitator's and the debrief's own UI text, kept apart from the
// drill's dictionaries (src/ui/shared/i18n) so the two can grow without colliding.
// The language is the app's: uiLang.current, switched by the same control.
import { uiLang } from '../../shared/i18n/index.svelte.ts';
import { en, type FKey } from './en.ts';
import { fi } from './fi.ts';

export type { FKey };

const dictionaries = { fi, en } as const;

/** A facilitator/debrief message in the UI language, with `{name}` parameters filled in. */
export function ft(key: FKey, params?: Record<string, string | number>): string {
  const text = dictionaries[uiLang.current][key] ?? key;
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}
