// Options from the page address, for facilitators and tests:
// ?speed=600 (simulated ms per real ms), ?seed=42, ?lang=en (see i18n).
import { DEFAULT_SPEED } from './format.ts';

function param(name: string): string | null {
  try {
    return new URLSearchParams(location.search).get(name);
  } catch {
    return null;
  }
}

export function speedFromUrl(): number {
  const v = Number(param('speed'));
  return Number.isFinite(v) && v > 0 && v <= 100_000 ? v : DEFAULT_SPEED;
}

/** A seed from ?seed=, else a fresh random one (the UI may use randomness; the engine may not). */
export function seedFromUrl(): number {
  const v = Number(param('seed'));
  if (param('seed') !== null && Number.isInteger(v) && v >= 0) return v;
  return Math.floor(Math.random() * 2 ** 31);
}
