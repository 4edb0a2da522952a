// Reading input files for the CLI: a missing or unreadable file is a clear
// one-line message, never a stack trace. `reason` lets `validate` report it
// as a diagnostic (input_unreadable) in its machine-readable formats.
import { readFileSync, statSync } from 'node:fs';

export type Unreadable = 'missing' | 'directory' | 'denied' | 'other';

const WORDS: Record<Unreadable, string> = {
  missing: 'no such file',
  directory: 'is a directory, not a file',
  denied: 'permission denied',
  other: 'cannot be read',
};

export function readInput(path: string): { text: string } | { error: string; reason: Unreadable } {
  const fail = (reason: Unreadable) => ({ error: `${path}: ${WORDS[reason]}`, reason });
  try {
    if (statSync(path).isDirectory()) return fail('directory');
    return { text: readFileSync(path, 'utf8') };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return fail(code === 'ENOENT' ? 'missing' : code === 'EACCES' ? 'denied' : 'other');
  }
}
