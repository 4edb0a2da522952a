// The yardstick for the studio's check: inkjs compiling an ink story of the
// same length (ink is the nearest widely used language for branching
// narrative, and its compiler is what an ink author waits for). Knots of
// text, choices and diverts, with a variable and a condition, like a story
// an author writes.
import { performance } from 'node:perf_hooks';
import { Compiler } from 'inkjs/full';

/** An ink story of about `lines` lines, valid by construction. */
export function inkStory(lines: number): string {
  const out = ['VAR trust = 0', '-> knot_0', ''];
  for (let i = 0; out.length < lines; i++) {
    out.push(
      `=== knot_${i} ===`,
      `The customer writes again (${i}): the queue was long, and nobody at the checkout seemed to care.`,
      'You read the comment twice before answering.',
      '{ trust > 2: They seem to trust you a little more now. | They are still angry. }',
      `* [Apologise and explain] Hi, I'm sorry about the wait (${i}). We will look at the checkout staffing.`,
      '    ~ trust = trust + 1',
      `    -> knot_${i + 1}`,
      '* [Ignore it for now]',
      `    -> knot_${i + 1}`,
      '',
    );
  }
  const last = Number(/knot_(\d+) ===/.exec(out.filter((l) => l.startsWith('===')).pop()!)![1]) + 1;
  out.push(`=== knot_${last} ===`, 'The crisis is over.', '-> END', '');
  return out.join('\n');
}

/** Median time for inkjs to compile `source`, ms. */
export function inkCompileMs(source: string, runs = 5): number {
  const times: number[] = [];
  for (let i = 0; i < runs + 1; i++) {
    const t0 = performance.now();
    const compiler = new Compiler(source);
    compiler.Compile();
    if (compiler.errors.length > 0) throw new Error(`the bench's ink story does not compile: ${compiler.errors[0]}`);
    if (i > 0) times.push(performance.now() - t0); // the first run warms up
  }
  return times.sort((a, b) => a - b)[Math.floor(times.length / 2)];
}
