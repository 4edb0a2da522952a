// The room window's end of the team-drill link, from the briefing on (so
// the facilitator can connect while the team reads): it answers control windows
// (hello → welcome with the model), applies their commands to the drill
// through the DrillController (facilitator actions go into the log with
// by: 'facilitator'), and posts a state snapshot on every change (at most
// every THROTTLE_MS) and as a heartbeat. See protocol.ts for the design.
import type { ScenarioModel } from '../../engine/play.ts';
import type { DrillController } from '../drill/drill.svelte.ts';
import { plain } from '../shared/storage.ts';
import { CHANNEL_NAME, HEARTBEAT_MS, PROTOCOL, STALE_MS, isToRoom, randomId, type Ack, type Command, type ToControl } from './protocol.ts';
import { briefingState, roomState } from './snapshot.ts';

const THROTTLE_MS = 250;

export class RoomLink {
  readonly id = randomId('room');
  /** Wall-clock ms when a control window was last heard from. */
  heardAt = $state(0);
  /** Ticks once a second so "connected" goes stale on its own. */
  private tick = $state(0);

  private channel: BroadcastChannel | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private heartbeat: ReturnType<typeof setInterval> | undefined;
  private lastPost = 0;
  private model: ScenarioModel | null = null;

  constructor(
    /** The code shown on the big screen; messages without it are ignored (protocol.ts, Pairing). */
    readonly pair: string,
    private readonly drillModel: ScenarioModel,
    private readonly team: string,
    /** The drill once the team has pressed Start; null during the briefing. */
    private readonly current: () => DrillController | null,
  ) {}

  private state() {
    const drill = this.current();
    return drill ? roomState(drill, this.team) : briefingState(this.drillModel, this.team);
  }

  get connected(): boolean {
    void this.tick;
    return this.heardAt > 0 && Date.now() - this.heardAt < STALE_MS;
  }

  start(): void {
    if (this.channel || typeof BroadcastChannel === 'undefined') return;
    this.channel = new BroadcastChannel(CHANNEL_NAME);
    this.channel.onmessage = (e) => this.receive(e.data);
    this.heartbeat = setInterval(() => {
      this.tick++;
      this.publishNow();
    }, HEARTBEAT_MS);
    // Announce at once: a control window left open across a reload picks the drill up again.
    this.publishNow();
  }

  /** The drill ended or the room left it: tell control windows, then stop. */
  stop(reason: 'ended' | 'left'): void {
    if (!this.channel) return;
    this.post({ v: PROTOCOL, kind: 'closed', room: this.id, drill: this.state().drill, reason });
    clearTimeout(this.timer);
    clearInterval(this.heartbeat);
    this.channel.close();
    this.channel = null;
  }

  /** Something changed: post a state soon (throttled). */
  publish(): void {
    if (!this.channel || this.timer !== undefined) return;
    const wait = THROTTLE_MS - (performance.now() - this.lastPost);
    if (wait <= 0) this.publishNow();
    else
      this.timer = setTimeout(() => {
        this.timer = undefined;
        this.publishNow();
      }, wait);
  }

  private publishNow(): void {
    this.lastPost = performance.now();
    this.post({ v: PROTOCOL, kind: 'state', room: this.id, state: this.state() });
  }

  private post(message: ToControl): void {
    try {
      this.channel?.postMessage(message);
    } catch {
      /* a closed channel during unload: the control window goes stale and says so */
    }
  }

  private receive(data: unknown): void {
    if (!isToRoom(data)) return;
    if (data.pair !== this.pair) {
      // Told once per hello, so the control window can say the code is wrong; nothing else is answered.
      if (data.kind === 'hello') this.post({ v: PROTOCOL, kind: 'unpaired', room: this.id, to: data.from });
      return;
    }
    this.heardAt = Date.now();
    if (data.kind === 'hello') {
      // The model goes once per hello, not with every state: it is the largest part.
      this.model ??= plain(this.drillModel);
      this.post({ v: PROTOCOL, kind: 'welcome', room: this.id, model: this.model, state: this.state() });
    } else if (data.kind === 'command') {
      const outcome = this.apply(data.command);
      this.post({ v: PROTOCOL, kind: 'ack', room: this.id, id: data.id, to: data.from, ...outcome });
      this.publishNow();
    }
  }

  private apply(command: Command): Ack {
    const drill = this.current();
    if (!drill) return { ok: false, code: 'not_started', message: 'The team has not started the drill yet.' };
    if (drill.ended && command.type !== 'pause') return { ok: false, code: 'action_after_end', message: 'The drill has already ended.' };
    switch (command.type) {
      case 'pause':
        drill.pause();
        return { ok: true };
      case 'resume':
        drill.resume();
        return { ok: true };
      case 'speed':
        if (!(command.speed > 0 && command.speed <= 100_000))
          return { ok: false, code: 'speed_invalid', message: `Speed ${command.speed} is out of range.` };
        drill.setSpeed(command.speed);
        return { ok: true };
      case 'heat':
        return drill.act({ type: 'heat', factor: command.factor, by: 'facilitator' });
      case 'release': {
        const post = drill.model.posts.find((p) => p.id === command.post);
        if (!post) return { ok: false, code: 'action_post_unknown', message: `No post "${command.post}" in this scenario.` };
        // Released twice (a double press, two control windows): the second is a no-op, not a second log entry.
        if (drill.view.feed.some((p) => p.id === command.post))
          return { ok: false, code: 'already_released', message: `Post "${command.post}" is already in the feed.` };
        return drill.act({ type: 'inject', post: command.post, by: 'facilitator' });
      }
      case 'adhoc': {
        const { id, persona, channel, text, severity } = command;
        return drill.act({ type: 'inject', adhoc: { id, persona, channel, text, severity }, by: 'facilitator' });
      }
      // Stamped with the room's time when it arrives: the log only moves forward.
      case 'note':
        return drill.act({ type: 'note', text: command.text, by: 'facilitator' });
      case 'phase':
        return drill.act({ type: 'phase', phase: command.phase, reason: command.reason, by: 'facilitator' });
      case 'queue':
        return drill.act({
          type: 'queue',
          post: command.post,
          op: command.op,
          ...(command.byMs !== undefined && { byMs: command.byMs }),
          by: 'facilitator',
        });
      case 'end':
        return drill.act({ type: 'end', by: 'facilitator' });
    }
  }
}
