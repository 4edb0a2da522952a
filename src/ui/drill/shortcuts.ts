// The drill's keyboard map: a key press → a command name. Letter keys act
// only when the focus is not in a text field; Ctrl+Enter and Esc are
// handled by the fields themselves.
export type Command =
  | 'next'
  | 'prev'
  | 'reply'
  | 'private'
  | 'quick'
  | 'follow'
  | 'hide'
  | 'delete'
  | 'escalate'
  | 'statement'
  | 'pause'
  | 'faster'
  | 'slower'
  | 'notice'
  | 'help'
  | 'nextChannel'
  | 'prevChannel'
  | { channel: number };

const KEYS: Record<string, Command> = {
  j: 'next',
  ArrowDown: 'next',
  k: 'prev',
  ArrowUp: 'prev',
  r: 'reply',
  m: 'private',
  q: 'quick',
  f: 'follow',
  h: 'hide',
  d: 'delete',
  Delete: 'delete',
  e: 'escalate',
  s: 'statement',
  p: 'pause',
  '+': 'faster',
  '=': 'faster',
  '-': 'slower',
  n: 'notice',
  '?': 'help',
  ']': 'nextChannel',
  '[': 'prevChannel',
};

function typing(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  if (!el || typeof el.closest !== 'function') return false;
  return !!el.closest('textarea, select, [contenteditable="true"], input:not([type="radio"]):not([type="checkbox"]):not([type="button"])');
}

/** The command for a key press, or null when the key is not a drill shortcut here. */
export function commandFor(e: KeyboardEvent): Command | null {
  if (e.ctrlKey || e.metaKey || e.altKey || e.defaultPrevented) return null;
  if (typing(e.target)) return null;
  if (/^[1-9]$/.test(e.key)) return { channel: Number(e.key) - 1 };
  const cmd = KEYS[e.key] ?? KEYS[e.key.toLowerCase()];
  if (!cmd) return null;
  // Arrow keys keep their usual meaning on controls that use them.
  if ((e.key === 'ArrowDown' || e.key === 'ArrowUp') && !(e.target as HTMLElement)?.closest?.('[data-post-button]')) return null;
  return cmd;
}
