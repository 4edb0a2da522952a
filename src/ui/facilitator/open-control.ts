// Opens the facilitator's control window: the same app with ?control, in
// its own small window the facilitator keeps on the laptop screen while
// this one goes to the projector. The UI language travels in the address.
import { uiLang } from '../shared/i18n/index.svelte.ts';
import { newPairCode, normalisePair } from './protocol.ts';

/** The control window's address, with the room's pairing code so it pairs by itself. */
export function controlUrl(pair: string): string {
  const url = new URL(location.href);
  url.search = `?control=1&lang=${uiLang.current}&pair=${pair}`;
  url.hash = '';
  return url.toString();
}

/** False when the browser blocked the pop-up (the caller then shows the address). */
export function openControlWindow(pair: string): boolean {
  const w = window.open(controlUrl(pair), 'kohu-control', 'popup,width=1280,height=800');
  return w !== null;
}

const PAIR_KEY = 'kohu:room-pair';

/** The room's pairing code: one per tab, kept across a reload (a control window left open stays paired). */
export function roomPairCode(): string {
  try {
    const kept = sessionStorage.getItem(PAIR_KEY);
    if (kept) return kept;
    const code = newPairCode();
    sessionStorage.setItem(PAIR_KEY, code);
    return code;
  } catch {
    return (fallbackCode ??= newPairCode());
  }
}
let fallbackCode: string | undefined;

/** The code the control window was opened with (`?pair=`), if any. */
export function pairFromUrl(): string {
  try {
    return normalisePair(new URLSearchParams(location.search).get('pair') ?? '');
  } catch {
    return '';
  }
}
