// Shared by the speed and honesty promise rules, so they agree on what a
// broken promise is: the session's verdict, or an open promise whose
// deadline passed before the drill ended.
import type { PromiseRecord, RunRecord } from '../../run/record.ts';

export function promiseOutcome(record: RunRecord, p: PromiseRecord): 'kept' | 'broken' | 'open' {
  if (p.status !== 'open') return p.status;
  if (p.openEnded) return 'open';
  return p.deadline <= record.endedAt ? 'broken' : 'open';
}
