// The two windows of a team drill talk over a BroadcastChannel (same
// origin, same browser; no server). The ROOM window owns the session: it is
// the one the team types into, it persists the drill (persist.ts) and it is
// the only one that applies actions. The CONTROL window owns nothing: it
// sends commands and shows the state snapshots the room sends back, so
// closing, reopening or reloading it can never lose or fork the drill.
//
//   control → room   hello      "I am (re)opened": the room answers with welcome
//   control → room   ping       "I am still here" (once a second), for the room's indicator
//   control → room   command    one facilitator command, with an id to acknowledge
//   room → control   welcome    the scenario model and the state (answer to hello)
//   room → control   state      a snapshot, on every change (throttled) and once a second
//   room → control   ack        a command was applied, or refused with a message
//   room → control   closed     the drill ended, or the room left it
//   room → control   unpaired   a hello with the wrong pairing code (answered to its sender)
//
// Pairing: the room shows a short code on the big screen (PAIR_LENGTH
// digits, kept for the tab's life so a reload keeps it). Everything a
// control window sends carries the code, and the room ignores whatever does
// not: another tab of the same origin can see the room, but not drive it.
// The control window opened from the room's own button gets the code in its
// address; one opened any other way asks for it.
//
// A control window that has not heard from the room for STALE_MS shows
// "not connected"; the room re-announces itself after a reload, and a state
// for a drill the control window has no model of makes it say hello again.
import type { Action, MetricPoint, PhaseVisit, QueuedPost, ScenarioModel } from '../../engine/play.ts';

export const CHANNEL_NAME = 'kohu-team-drill';
export const PROTOCOL = 1;
/** The room sends a state at least this often (ms), so silence means it is gone. */
export const HEARTBEAT_MS = 1000;
export const STALE_MS = 3500;
/** A command with no answer after this long is reported as not delivered. */
export const ACK_TIMEOUT_MS = 2500;

export { HEATS, type Command } from '../../net/commands.ts';
import type { Command } from '../../net/commands.ts';

/** A team action as the control window lists it: the log entry and its index. */
export interface LoggedAction {
  index: number;
  action: Action;
}

export interface FeedSummary {
  post: string;
  at: number;
  /** The team has answered it (publicly or privately). */
  answered: boolean;
  status: 'visible' | 'hidden' | 'deleted';
}

export interface RoomState {
  /** Which drill: `${scenario id}:${language}:${seed}`; a new value means a new drill. */
  drill: string;
  /** False while the team reads the briefing: the control window is connected, but there is no drill to command yet. */
  started: boolean;
  team: string;
  title: string;
  now: number;
  durationMs: number;
  paused: boolean;
  speed: number;
  heat: number;
  phase: string;
  phaseHistory: PhaseVisit[];
  escalationLevel: number;
  logLength: number;
  /** The latest actions (newest last), not the whole log. */
  recent: LoggedAction[];
  feed: FeedSummary[];
  metrics: MetricPoint[];
  current: MetricPoint;
  ended: null | { at: number; reason: string; phase: string; ending?: string };
  openPromises: number;
  /** The inject queue: what the current phase (and the next) will bring on its own. */
  upcoming: QueuedPost[];
}

/** A command's outcome: refusals carry the engine's rejection code (or our own) and its message. */
export interface Ack {
  ok: boolean;
  code?: string;
  message?: string;
}

interface Base {
  v: typeof PROTOCOL;
}
export type ToRoom = Base & { pair: string } & (
    { kind: 'hello'; from: string } | { kind: 'ping'; from: string } | { kind: 'command'; from: string; id: string; command: Command }
  );
export type ToControl = Base &
  (
    | { kind: 'welcome'; room: string; model: ScenarioModel; state: RoomState }
    | { kind: 'state'; room: string; state: RoomState }
    | ({ kind: 'ack'; room: string; id: string; to: string } & Ack)
    | { kind: 'closed'; room: string; drill: string; reason: 'ended' | 'left' }
    | { kind: 'unpaired'; room: string; to: string }
  );

export function isToRoom(x: unknown): x is ToRoom {
  const m = x as ToRoom | null;
  return (
    !!m &&
    m.v === PROTOCOL &&
    typeof m.pair === 'string' &&
    (m.kind === 'hello' || m.kind === 'ping' || (m.kind === 'command' && typeof m.id === 'string' && !!m.command))
  );
}

export function isToControl(x: unknown): x is ToControl {
  const m = x as ToControl | null;
  return !!m && m.v === PROTOCOL && typeof m.room === 'string' && ['welcome', 'state', 'ack', 'closed', 'unpaired'].includes(m.kind);
}

/** A short random id for a window or a command (the UI may use randomness; the engine may not). */
export function randomId(prefix: string): string {
  return `${prefix}-${Math.random().toString(36).slice(2, 10)}`;
}

/** Digits in a pairing code: short enough to type from across the room. */
export const PAIR_LENGTH = 4;

/** A fresh pairing code (crypto randomness: the code is what keeps other tabs out). */
export function newPairCode(): string {
  const digits = crypto.getRandomValues(new Uint32Array(PAIR_LENGTH));
  return Array.from(digits, (d) => String(d % 10)).join('');
}

/** A code as typed: digits only, so "12 34" or "1234 " still pair. */
export const normalisePair = (typed: string): string => typed.replace(/\D/g, '').slice(0, PAIR_LENGTH);
