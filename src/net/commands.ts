// What a facilitator can tell a running drill to do, whether the drill runs in
// the room's browser window (ui/facilitator, over a BroadcastChannel) or on
// the drill server (server/, over a WebSocket): one vocabulary for both.
import type { SeverityName } from '../engine/play.ts';

/** Heat factors offered to the facilitator: below 1 cools down, above 1 turns it up. */
export const HEATS = [0.5, 0.75, 1, 1.5, 2, 3] as const;

export type Command =
  | { type: 'pause' }
  | { type: 'resume' }
  | { type: 'speed'; speed: number }
  | { type: 'heat'; factor: number }
  | { type: 'release'; post: string }
  | { type: 'adhoc'; id: string; persona: string; channel: string; text: string; severity: SeverityName }
  | { type: 'note'; text: string }
  | { type: 'phase'; phase: string; reason: string }
  | { type: 'queue'; post: string; op: 'hold' | 'skip' | 'delay'; byMs?: number }
  | { type: 'end' };
