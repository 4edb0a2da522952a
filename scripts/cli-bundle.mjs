// Where the kohu command's bundle lives (scripts/build-cli.mjs writes it) and
// whether it still matches the sources: newer than every one it was built from.
import { readFileSync, statSync } from 'node:fs';

const root = new URL('../', import.meta.url);
export const BUNDLE = new URL('dist-cli/kohu.js', root);
export const SOURCES = new URL('dist-cli/sources.json', root);

export function bundleIsCurrent() {
  try {
    const built = statSync(BUNDLE).mtimeMs;
    const sources = JSON.parse(readFileSync(SOURCES, 'utf8'));
    return sources.every((file) => statSync(new URL(file, root)).mtimeMs <= built);
  } catch {
    return false;
  }
}
