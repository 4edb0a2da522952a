// Reading input files for the CLI: a missing or unreadable file is a clear
// one-line message, never a stack trace.
import { readFileSync, statSync } from 'node:fs';

export function readInput(path: string): { text: string } | { error: string } {
  try {
    if (statSync(path).isDirectory()) return { error: `${path}: is a directory, not a file` };
    return { text: readFileSync(path, 'utf8') };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return { error: `${path}: ${code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : 'cannot be read'}` };
  }
}
