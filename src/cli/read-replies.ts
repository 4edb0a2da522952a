// kohu read --lang fi|en [FILE] — how Kohu reads replies, before a trainer
// puts one in a quick reply or a reference answer. One reply per line (or
// JSON lines: {"text", "post"?, "atFault"?, "at"?}); one JSON line out per
// reply: the grade with its reasons, the markers with their words, and each
// promise with its deadline. The output's shape is kept stable (`"v": 1`).
import { readFileSync } from 'node:fs';
import { DEFAULT_STARTS_AT, type Language } from '../engine/play.ts';
import { analyseText, formatWallTime, namesPastDate, parseWallTime, readReply, resolveDue } from '../engine/authoring.ts';
import { parseArgs } from './args.ts';
import { readInput } from './read.ts';

const USAGE =
  'usage: kohu read --lang fi|en [--at YYYY-MM-DDTHH:MM] [--not-at-fault] [FILE]   (FILE or standard input; a reply per line or JSON lines)';

interface Line {
  text: string;
  post?: string;
  atFault?: boolean;
  at?: string;
}

function lineOf(raw: string): Line | string {
  const t = raw.trim();
  if (!t.startsWith('{')) return { text: raw };
  try {
    const j = JSON.parse(t) as Partial<Line>;
    if (typeof j.text !== 'string') return 'a JSON line needs a "text" string';
    return j as Line;
  } catch {
    return 'not valid JSON';
  }
}

export function readCommand(argv: string[]): number {
  const args = parseArgs(argv, ['lang', 'at']);
  if (typeof args === 'string' || args.flags.help || args.positional.length > 1) {
    console[typeof args === 'string' ? 'error' : 'log'](typeof args === 'string' ? `${args}\n${USAGE}` : USAGE);
    return typeof args === 'string' || args.positional.length > 1 ? 2 : 0;
  }
  const lang = args.flags.lang;
  if (lang !== 'fi' && lang !== 'en') {
    console.error(`kohu read: --lang fi or --lang en is needed\n${USAGE}`);
    return 2;
  }
  const defaultAt = typeof args.flags.at === 'string' ? parseWallTime(args.flags.at) : DEFAULT_STARTS_AT;
  if (defaultAt === null) {
    console.error(`kohu read: --at ${String(args.flags.at)} is not a date and time like 2026-03-10T14:00`);
    return 2;
  }
  const file = args.positional[0];
  let text: string;
  if (file === undefined || file === '-') text = readFileSync(0, 'utf8');
  else {
    const input = readInput(file);
    if ('error' in input) {
      console.error(input.error);
      return 1;
    }
    text = input.text;
  }
  let bad = 0;
  text.split(/\r?\n/).forEach((raw, i) => {
    if (!raw.trim()) return;
    const line = lineOf(raw);
    if (typeof line === 'string') {
      console.error(`${file ?? 'stdin'}:${i + 1}: ${line}`);
      bad++;
      return;
    }
    const sent = line.at !== undefined ? parseWallTime(line.at) : defaultAt;
    if (sent === null) {
      console.error(`${file ?? 'stdin'}:${i + 1}: "at" is not a date and time like 2026-03-10T14:00`);
      bad++;
      return;
    }
    console.log(JSON.stringify(readLine(line, lang, sent)));
  });
  return bad > 0 ? 1 : 0;
}

function readLine(line: Line, language: Language, sent: number) {
  const analysis = analyseText(line.text, { language });
  const reading = readReply(
    analysis,
    { atFault: line.atFault ?? true, ...(line.post !== undefined && { postText: line.post }), fixed: 'no' },
    line.text,
  );
  const words = (r: { text: string; start: number; end: number }) => ({ text: r.text, start: r.start, end: r.end });
  return {
    v: 1,
    text: line.text,
    grade: reading.grade,
    reasons: reading.reasons.map((r) => ({ code: r.code, effect: r.effect, words: r.matches.map(words) })),
    unsure: reading.unsure,
    markers: analysis.markers.filter((m) => m.kind !== 'name' && m.kind !== 'signature').map((m) => ({ kind: m.kind, ...words(m) })),
    promises: analysis.promises.map((p) => {
      const due = p.due && !namesPastDate(p.due, sent) ? resolveDue(p.due, sent) : undefined;
      return {
        ...words(p),
        ...(due !== undefined && { withinMs: due - sent, due: formatWallTime(due) }),
        // Said in a voice that names no one to follow up: without a time it is never judged.
        ...(p.openEnded && { openEnded: true }),
      };
    }),
  };
}
