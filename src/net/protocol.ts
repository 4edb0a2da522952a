// The team drill over the local network: what the drill server (src/server)
// and a participant's or facilitator's browser (src/ui/team) say to each
// other over one WebSocket at /ws. JSON text frames, one message each.
//
// The server owns each session: the simulated clock, the authoritative
// action log per team and the engine's Session that checks every action. A
// client never stamps a time, a role or a team on an action: the server
// does, from the seat the connection joined as. Clients replay the log they
// receive through the same engine (play.ts), so every screen of a team shows
// exactly the state the server holds: (scenario, seed, log) is the drill.
//
//   client → server  join      a join code (team + role), or a seat token from an earlier join
//   client → server  host      the facilitator's code: opens the console for a session (or creates one)
//   client → server  act       one action of the participant's role (no at/by/role/team: the server adds them)
//   client → server  control   one facilitator command, for every team or one
//   client → server  ping      keep-alive (the server answers pong)
//   server → client  welcome   the seat: session, team, role, scenario, seed, the team's whole log, clock
//   server → client  console   the facilitator's view: every team's seats, logs and the clock
//   server → client  action    an accepted action, appended to a team's log (to every seat of that team, and the console)
//   server → client  ack       the sender's act/control was accepted (index in the log) …
//   server → client  refused   … or refused: a code and a message in the client's language; nothing changed
//   server → client  clock     the simulated clock: now, paused, speed (on every change, and every CLOCK_EVERY_MS)
//   server → client  roster    who is connected in the team (seat names and roles)
//   server → client  error     a message that could not be read at all (too big, not JSON, wrong shape, flood)
//
// Every message a server receives is checked against a schema with size
// limits (src/server/messages.ts) and a per-connection rate limit before
// anything else reads it. Nothing of one team is ever sent to another team's
// seats; the console sees all teams.
import type { Action, DrillMode, Language } from '../engine/play.ts';
import type { Command } from './commands.ts';

export const NET_PROTOCOL = 1;
/** The WebSocket's path on the drill server. */
export const WS_PATH = '/ws';
/** A message bigger than this is refused unread (a reply is at most MAX_TEXT_CHARS characters). */
export const MAX_MESSAGE_BYTES = 32 * 1024;
/** Per connection: this many messages a second on average, bursts up to RATE_BURST. */
export const RATE_PER_SECOND = 10;
export const RATE_BURST = 30;
/** The server sends the clock at least this often (real ms), so a client can tell silence from a pause. */
export const CLOCK_EVERY_MS = 1000;
/** Characters in a join code: typed from the projector, no 0/O or 1/I/L to confuse. */
export const JOIN_CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
export const JOIN_CODE_LENGTH = 6;

/** An action as a client sends it: the server stamps `at`, `by`, `role` (and the team is the seat's). */
type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K & keyof T> : never;
export type ActionRequest = DistributiveOmit<Action, 'at' | 'by' | 'role'>;

/** The simulated clock as the server holds it. */
export interface ClockState {
  /** Simulated ms since the drill started. */
  now: number;
  paused: boolean;
  /** Simulated ms per real ms (60 = one simulated minute per real second). */
  speed: number;
}

export interface Seat {
  team: string;
  /** A role id the scenario declares, or 'facilitator'. */
  role: string;
  /** The participant's name as typed when joining (optional). */
  name?: string;
}

export interface TeamSummary {
  id: string;
  name: string;
  /** Join code per role id: only in the console, never to participants. */
  codes?: Record<string, string>;
  connected: Seat[];
  log: Action[];
}

export type ClientMessage =
  | { t: 'join'; v: typeof NET_PROTOCOL; code: string; name?: string; lang?: Language }
  | { t: 'rejoin'; v: typeof NET_PROTOCOL; token: string; lang?: Language }
  | {
      t: 'host';
      v: typeof NET_PROTOCOL;
      code: string;
      /** Open this session's console; without it, create a new session. */
      session?: string;
      create?: { scenario: string; language: Language; seed?: number; teams: string[]; mode?: DrillMode };
      lang?: Language;
    }
  | { t: 'act'; id: number; action: ActionRequest }
  | { t: 'control'; id: number; command: Command; team?: string }
  | { t: 'ping' };

export type ServerMessage =
  | {
      t: 'welcome';
      v: typeof NET_PROTOCOL;
      session: string;
      /** Kept by the client (localStorage) so a reload or a dropped Wi-Fi rejoins the same seat with one click. */
      token: string;
      seat: Seat;
      scenario: { id: string; language: Language };
      seed: number;
      mode: DrillMode;
      teamName: string;
      log: Action[];
      clock: ClockState;
      roster: Seat[];
    }
  | {
      t: 'console';
      v: typeof NET_PROTOCOL;
      session: string;
      token: string;
      scenario: { id: string; language: Language };
      seed: number;
      mode: DrillMode;
      teams: TeamSummary[];
      clock: ClockState;
    }
  | { t: 'action'; team: string; index: number; action: Action }
  | { t: 'ack'; id: number; index?: number }
  | { t: 'refused'; id?: number; code: string; message: string }
  | { t: 'clock'; clock: ClockState }
  | { t: 'roster'; team: string; roster: Seat[] }
  | { t: 'pong' }
  | { t: 'error'; code: string; message: string };
