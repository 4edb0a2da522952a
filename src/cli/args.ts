// A tiny flag parser: positional arguments plus --name value / --flag.
export interface Parsed {
  positional: string[];
  flags: Record<string, string | true>;
}

export function parseArgs(argv: string[], valued: string[]): Parsed | string {
  const positional: string[] = [];
  const flags: Record<string, string | true> = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (!a.startsWith('--')) {
      positional.push(a);
      continue;
    }
    const [name, inline] = a.slice(2).split('=', 2);
    if (valued.includes(name)) {
      const value = inline ?? argv[++i];
      if (value === undefined) return `--${name} needs a value`;
      flags[name] = value;
    } else flags[name] = true;
  }
  return { positional, flags };
}
