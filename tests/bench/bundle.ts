// Bundle figures from dist/ (run `npm run build` first): the JavaScript the
// drill screen loads up front, gzip-compressed, and each lazy chunk.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

/** The JavaScript loaded up front, kB gzip; null without a build. */
export async function bundleFigures(root: string): Promise<number | null> {
  const dist = resolve(root, 'dist');
  if (!existsSync(resolve(dist, 'index.html'))) {
    console.error('\nbundle: no dist/ — run `npm run build` first for bundle figures');
    return null;
  }
  const html = readFileSync(resolve(dist, 'index.html'), 'utf8');
  const initial = new Set([...html.matchAll(/(?:src|href)="\/?(assets\/[^"]+\.js)"/g)].map((m) => m[1]));
  const assets = readdirSync(resolve(dist, 'assets')).filter((f) => f.endsWith('.js'));
  let upfront = 0;
  const rows: string[] = [];
  for (const f of assets.sort()) {
    const gz = gzipSync(readFileSync(resolve(dist, 'assets', f))).length;
    const isInitial = initial.has(`assets/${f}`);
    if (isInitial) upfront += gz;
    rows.push(`  ${isInitial ? 'initial' : 'lazy   '} ${f.padEnd(40)} ${(gz / 1024).toFixed(1).padStart(7)} kB gzip`);
  }
  console.log(`\nbundle: JavaScript loaded up front (library + drill screen): ${(upfront / 1024).toFixed(1)} kB gzip`);
  rows.forEach((r) => console.log(r));
  return upfront / 1024;
}
