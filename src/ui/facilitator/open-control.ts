// Opens the facilitator's control window: the same app with ?control, in
// its own small window the facilitator keeps on the laptop screen while
// this one goes to the projector. The UI language travels in the address.
import { uiLang } from '../shared/i18n/index.svelte.ts';

export function controlUrl(): string {
  const url = new URL(location.href);
  url.search = `?control=1&lang=${uiLang.current}`;
  url.hash = '';
  return url.toString();
}

/** False when the browser blocked the pop-up (the caller then shows the address). */
export function openControlWindow(): boolean {
  const w = window.open(controlUrl(), 'kohu-control', 'popup,width=1280,height=800');
  return w !== null;
}
