// Copy-paste detection: word-shingle Jaccard similarity. Templates differ
// mostly in the greeting, so shingles are short (2 words by default: one
// changed word changes at most two shingles) and the analyser replaces the
// addressee's name with a placeholder token before anything compares them.

export const NAME_TOKEN = '@name';

export function shingles(tokens: readonly string[], k = 2): Set<string> {
  const out = new Set<string>();
  if (tokens.length === 0) return out;
  if (tokens.length < k) {
    out.add(tokens.join(' '));
    return out;
  }
  for (let i = 0; i + k <= tokens.length; i++) out.add(tokens.slice(i, i + k).join(' '));
  return out;
}

/** |A ∩ B| / |A ∪ B| of the two texts' word shingles; 0 when either is empty. */
export function similarity(aTokens: readonly string[], bTokens: readonly string[], k = 2): number {
  const a = shingles(aTokens, k);
  const b = shingles(bTokens, k);
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const s of a) if (b.has(s)) shared++;
  return shared / (a.size + b.size - shared);
}
