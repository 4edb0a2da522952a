// Keyboard helpers shared by the room and the control window.

/** True when the key press belongs to a text field (shortcuts then stay out of the way). */
export function typing(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  if (!el || typeof el.closest !== 'function') return false;
  return !!el.closest('input:not([type="checkbox"]):not([type="radio"]):not([type="range"]), textarea, select, [contenteditable="true"]');
}

/** The next value of `list` from `current` in direction `dir` (clamped at the ends). */
export function step<T extends number>(list: readonly T[], current: number, dir: 1 | -1): T {
  if (dir > 0) return list.find((v) => v > current + 1e-9) ?? list[list.length - 1];
  return [...list].reverse().find((v) => v < current - 1e-9) ?? list[0];
}
