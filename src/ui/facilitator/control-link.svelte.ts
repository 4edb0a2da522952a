// The control window's end of the team-drill link: it says hello (and
// again whenever it sees a drill it has no model of), sends commands and
// keeps the latest state. It never holds the session, so it can be closed
// and reopened at any time; see protocol.ts for the design.
import type { ScenarioModel } from '../../engine/play.ts';
import {
  ACK_TIMEOUT_MS,
  CHANNEL_NAME,
  HEARTBEAT_MS,
  PROTOCOL,
  STALE_MS,
  isToControl,
  randomId,
  type Ack,
  type Command,
  type RoomState,
  type ToRoom,
} from './protocol.ts';

const HELLO_EVERY_MS = 1000;

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

export class ControlLink {
  readonly id = randomId('control');
  model = $state.raw<ScenarioModel | null>(null);
  state = $state.raw<RoomState | null>(null);
  /** performance.now() when the state arrived, to run the clock on between states. */
  stateAt = $state(0);
  /** Wall-clock ms of the last message from a room. */
  heardAt = $state(0);
  /** The drill ended (or the room left it) since the last state. */
  closed = $state.raw<{ drill: string; reason: 'ended' | 'left' } | null>(null);
  /** Commands sent and not yet answered. */
  pending = $state(0);
  /** Ticks four times a second: the connection check and the running clock read it. */
  tick = $state(0);
  /** The room's pairing code as the facilitator gave it (address or typed); '' until given. */
  pair = $state('');
  /** A room answered that this code is not its own. */
  wrongPair = $state(false);

  private channel: BroadcastChannel | null = null;
  /** The drill the model belongs to; states of any other drill wait for its welcome. */
  private modelDrill = $state('');
  private lastHello = -Infinity;
  private timer: ReturnType<typeof setInterval> | undefined;
  // Bookkeeping only (`pending` is the reactive count), so a plain Map.
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  private waiting = new Map<string, { resolve: (ack: Ack) => void; timeout: ReturnType<typeof setTimeout> }>();

  get supported(): boolean {
    return typeof BroadcastChannel !== 'undefined';
  }

  /** Pair with the room whose code this is (typed, or from the address). */
  pairWith(code: string): void {
    this.pair = code;
    this.wrongPair = false;
    this.lastHello = -Infinity;
    this.hello();
  }

  /** A model and a state of the same drill: the panels can show it. */
  get ready(): boolean {
    return this.model !== null && this.state !== null && this.state.drill === this.modelDrill;
  }

  get connected(): boolean {
    void this.tick;
    return this.state !== null && this.model !== null && Date.now() - this.heardAt < STALE_MS;
  }

  /** The simulated time now: the last state's, run on at its speed while it is running. */
  get now(): number {
    void this.tick;
    const s = this.state;
    if (!s) return 0;
    if (s.paused || s.ended || !this.connected) return s.now;
    return Math.min(s.durationMs, s.now + (performance.now() - this.stateAt) * s.speed);
  }

  start(): void {
    if (this.channel || !this.supported) return;
    this.channel = new BroadcastChannel(CHANNEL_NAME);
    this.channel.onmessage = (e) => this.receive(e.data);
    this.hello();
    let n = 0;
    this.timer = setInterval(() => {
      this.tick++;
      if (++n % Math.round(HEARTBEAT_MS / 250) === 0) this.post({ kind: 'ping', from: this.id });
      // No room yet (or it went away): keep asking, so opening the room later connects by itself.
      if (!this.connected) this.hello();
    }, 250);
  }

  stop(): void {
    clearInterval(this.timer);
    this.channel?.close();
    this.channel = null;
  }

  /** Send a command; resolves with the room's answer, or a refusal after ACK_TIMEOUT_MS of silence. */
  send(command: Command): Promise<Ack> {
    const id = randomId('cmd');
    return new Promise((resolve) => {
      const timeout = setTimeout(() => {
        this.waiting.delete(id);
        this.pending = this.waiting.size;
        resolve({ ok: false, code: 'no_answer' });
      }, ACK_TIMEOUT_MS);
      this.waiting.set(id, { resolve, timeout });
      this.pending = this.waiting.size;
      this.post({ kind: 'command', from: this.id, id, command });
    });
  }

  private hello(): void {
    const now = performance.now();
    if (!this.pair || now - this.lastHello < HELLO_EVERY_MS) return;
    this.lastHello = now;
    this.post({ kind: 'hello', from: this.id });
  }

  /** Everything sent carries the protocol version and the pairing code; without a code nothing is sent. */
  private post(message: DistributiveOmit<ToRoom, 'v' | 'pair'>): void {
    if (!this.pair) return;
    try {
      this.channel?.postMessage({ ...message, v: PROTOCOL, pair: this.pair });
    } catch {
      /* channel closed while the window unloads */
    }
  }

  private receive(data: unknown): void {
    if (!isToControl(data)) return;
    if (data.kind === 'unpaired') {
      if (data.to === this.id) this.wrongPair = true;
      return;
    }
    this.heardAt = Date.now();
    switch (data.kind) {
      case 'welcome':
        this.model = data.model;
        this.modelDrill = data.state.drill;
        this.setState(data.state);
        return;
      case 'state':
        // A drill we have no model of (a new drill, or we were opened first): ask for it.
        if (data.state.drill !== this.modelDrill) this.hello();
        this.setState(data.state);
        return;
      case 'ack': {
        const w = this.waiting.get(data.id);
        if (!w || data.to !== this.id) return;
        clearTimeout(w.timeout);
        this.waiting.delete(data.id);
        this.pending = this.waiting.size;
        w.resolve({ ok: data.ok, ...(data.code && { code: data.code }), ...(data.message && { message: data.message }) });
        return;
      }
      case 'closed':
        this.closed = { drill: data.drill, reason: data.reason };
        return;
    }
  }

  private setState(state: RoomState): void {
    // A new drill, or the same one back after the room was reloaded: no longer closed.
    if (this.closed && (this.closed.drill !== state.drill || !state.ended)) this.closed = null;
    this.state = state;
    this.stateAt = performance.now();
  }
}
