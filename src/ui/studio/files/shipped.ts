// The shipped scenarios' and play scripts' source text, for opening them in
// the studio. Each file is its own lazy chunk: nothing is fetched until the
// author picks one, and the drill never loads any of it.
const scenarios = import.meta.glob('/scenarios/*.yaml', { query: '?raw', import: 'default' }) as Record<string, () => Promise<string>>;
const scripts = import.meta.glob('/scenarios/scripts/*.yaml', { query: '?raw', import: 'default' }) as Record<
  string,
  () => Promise<string>
>;

/** File names like `scenarios/shop-video.en.yaml`, sorted. */
export const shippedFiles: string[] = Object.keys(scenarios)
  .map((k) => k.slice(1))
  .sort();

export function loadShipped(file: string): Promise<string> | null {
  return scenarios[`/${file}`]?.() ?? null;
}

/** The other language's file for `x.fi.yaml` / `x.en.yaml`, if it is shipped. */
export function counterpartOf(file: string): string | null {
  const m = /([^/\\]+)\.(fi|en)\.ya?ml$/.exec(file);
  if (!m) return null;
  const other = `scenarios/${m[1]}.${m[2] === 'fi' ? 'en' : 'fi'}.yaml`;
  return shippedFiles.includes(other) ? other : null;
}

/** Play scripts written for this scenario file (expert, nothing, delete-argue), by name. */
export function scriptsFor(file: string): string[] {
  const m = /([^/\\]+\.(fi|en))\.ya?ml$/.exec(file);
  if (!m) return [];
  return Object.keys(scripts)
    .filter((k) => k.startsWith(`/scenarios/scripts/${m[1]}.`))
    .map((k) => k.slice(1))
    .sort();
}

export function loadScript(file: string): Promise<string> | null {
  return scripts[`/${file}`]?.() ?? null;
}
