// A drill in progress, held outside the components: the engine's Session on
// a DrillClock, driven by requestAnimationFrame. Components read `view`, a
// $state.raw snapshot recomputed at most once per animation frame (and
// VIEW_MS–VIEW_MS_MAX apart while the clock runs, depending on how heavy
// the last render was), so thousands of posts do not re-render on every tick. Every accepted action is saved at once; the
// simulated time is saved every few seconds and synchronously on page hide.
import { flushSync } from 'svelte';
import {
  DrillClock,
  Session,
  replay,
  sessionView,
  type Action,
  type ApplyOutcome,
  type DrillMode,
  type ScenarioModel,
  type SessionView,
} from '../../engine/play.ts';
import {
  clearDrill,
  DRILL_VERSION,
  saveDrill,
  saveDrillNow,
  type ComposerSave,
  type DrillSave,
  type ScenarioRef,
} from '../shared/persist.ts';
import type { StorageProblem } from '../shared/storage.ts';
import { DEFAULT_SPEED, WRITING_SPEED } from '../shared/format.ts';

/** Minimum real ms between view recomputations while the clock runs… */
const VIEW_MS = 100;
/** …stretched up to this when one recomputation and its render cost a lot (a storm of posts). */
const VIEW_MS_MAX = 500;
/** Real ms between saves of the simulated time while the clock runs. */
const SAVE_MS = 2000;
/** Real ms of quiet typing before a draft is saved (page hide saves it at once). */
const DRAFT_SAVE_MS = 800;

type DistributiveOmit<T, K extends keyof T> = T extends unknown ? Omit<T, K> : never;
export type ActionInput = DistributiveOmit<Action, 'at'>;

export interface DrillOptions {
  ref: ScenarioRef;
  model: ScenarioModel;
  seed: number;
  log?: Action[];
  now?: number;
  speed?: number;
  paused?: boolean;
  seen?: Record<string, number>;
  composer?: ComposerSave;
  mode?: DrillMode;
}

export class DrillController {
  readonly ref: ScenarioRef;
  readonly model: ScenarioModel;
  readonly seed: number;
  /** Coached (the escalation cue shows) or exam. */
  readonly mode: DrillMode;
  /** Simulated time the drill was restored at, when it was resumed from storage. */
  readonly restoredAt: number | null;

  view: SessionView = $state.raw() as unknown as SessionView;
  paused = $state(true);
  speed = $state(DEFAULT_SPEED);
  /** Posts per channel in the feed, and how many of them the trainee has seen. */
  counts = $state.raw<Record<string, number>>({});
  seen = $state.raw<Record<string, number>>({});
  problem = $state.raw<StorageProblem | null>(null);
  usingFallback = $state(false);
  /** Actions in the log (reactive mirror of session.log.length). */
  actionCount = $state(0);
  /** The composer's post, mode and unsent drafts: saved with the drill, so a reload keeps them. */
  composer = $state<ComposerSave>({ post: null, mode: 'public', drafts: {} });
  /** A reply is being written (the open post has a draft): the clock runs at the writing pace. */
  writing = $state(false);

  private readonly session: Session;
  private readonly clock: DrillClock;
  private raf = 0;
  private lastView = -Infinity;
  private viewEvery = VIEW_MS;
  private lastFrame = 0;
  private measuring = false;
  private lastSave = 0;
  private draftTimer: ReturnType<typeof setTimeout> | undefined;
  private dirty = true;
  private running = false;
  /** Whether the clock should run once the drill screen is shown. */
  private wantRunning: boolean;

  constructor(opts: DrillOptions) {
    this.ref = opts.ref;
    this.model = opts.model;
    this.seed = opts.seed;
    this.mode = opts.mode ?? 'exam';
    const resumed = (opts.log?.length ?? 0) > 0 || (opts.now ?? 0) > 0;
    this.session = resumed ? replay(opts.model, opts.seed, opts.log ?? [], opts.now) : new Session(opts.model, opts.seed);
    this.restoredAt = resumed ? this.session.now() : null;
    this.speed = opts.speed ?? DEFAULT_SPEED;
    this.clock = new DrillClock(this.session.now(), this.speed);
    this.seen = { ...(opts.seen ?? {}) };
    if (opts.composer) this.composer = { post: opts.composer.post, mode: opts.composer.mode, drafts: { ...opts.composer.drafts } };
    this.pace();
    this.paused = true;
    this.wantRunning = !(opts.paused ?? false);
    this.refresh();
  }

  /** A saved drill brought back where it stood (older saves, made before the modes, resume as exams). */
  static fromSave(save: DrillSave, model: ScenarioModel): DrillController {
    const { scenario: ref, seed, log, now, speed, paused, seen, composer, mode } = save;
    return new DrillController({ ref, model, seed, log, now, speed, paused, seen, composer, ...(mode && { mode }) });
  }

  /** Start the frame loop (and the clock, unless the drill was saved paused or restored). */
  attach(): void {
    if (this.running) return;
    this.running = true;
    addEventListener('pagehide', this.onHide);
    document.addEventListener('visibilitychange', this.onVisibility);
    if (this.wantRunning && this.restoredAt === null) this.resume();
    this.raf = requestAnimationFrame(this.frame);
    void this.save();
  }

  /** Stop the loop and save; the session stays as it is. */
  detach(): void {
    if (!this.running) return;
    this.running = false;
    cancelAnimationFrame(this.raf);
    clearTimeout(this.draftTimer);
    removeEventListener('pagehide', this.onHide);
    document.removeEventListener('visibilitychange', this.onVisibility);
    if (!this.session.ended) void this.save();
  }

  get ended(): boolean {
    return this.view.ended !== null;
  }

  pause(): void {
    if (this.clock.paused) return;
    this.sync();
    this.clock.pause(performance.now());
    this.paused = true;
    this.refresh();
    void this.save();
  }

  resume(): void {
    if (!this.clock.paused || this.session.ended) return;
    this.clock.jumpTo(this.session.now(), performance.now());
    this.clock.start(performance.now());
    this.paused = false;
    void this.save();
  }

  togglePause(): void {
    if (this.paused) this.resume();
    else this.pause();
  }

  setSpeed(speed: number): void {
    if (!(speed > 0)) return;
    this.speed = speed;
    this.pace();
    void this.save();
  }

  /**
   * The clock's pace: the chosen speed, slowed to the writing pace while a
   * reply is being written, so that a reply of ordinary length typed at an
   * ordinary pace can still meet a post's target (the briefing says so).
   */
  private pace(): void {
    const open = this.composer.post;
    const writing = open !== null && (this.composer.drafts[open] ?? '').trim() !== '';
    this.writing = writing;
    const pace = writing ? Math.min(this.speed, WRITING_SPEED) : this.speed;
    if (pace === this.clock.speed) return;
    this.sync();
    this.clock.jumpTo(this.session.now(), performance.now());
    this.clock.setSpeed(pace, performance.now());
  }

  /** Apply a trainee action at the current simulated time; saved at once when accepted. */
  act(input: ActionInput): ApplyOutcome {
    const at = this.sync();
    const outcome = this.session.apply({ ...input, at } as Action);
    if (outcome.ok) {
      this.actionCount = this.session.log.length;
      if (this.session.ended) this.stopClock();
      this.refresh();
      void this.save();
    }
    return outcome;
  }

  /** The composer is open for this post (or for none). */
  openComposer(post: string | null): void {
    if (this.composer.post === post) return;
    this.composer.post = post;
    this.pace();
    void this.save();
  }

  setComposerMode(mode: 'public' | 'private'): void {
    this.composer.mode = mode;
  }

  /** The unsent text for a post; saved after a short pause in typing. */
  setDraft(post: string, text: string): void {
    if (text) this.composer.drafts[post] = text;
    else delete this.composer.drafts[post];
    this.pace();
    clearTimeout(this.draftTimer);
    this.draftTimer = setTimeout(() => void this.save(), DRAFT_SAVE_MS);
  }

  /** The trainee has looked at these channels: their "new" badges clear. */
  markSeen(channels: readonly string[]): void {
    let changed = false;
    const next = { ...this.seen };
    for (const ch of channels) {
      const n = this.counts[ch] ?? 0;
      if (next[ch] !== n) {
        next[ch] = n;
        changed = true;
      }
    }
    if (changed) this.seen = next;
  }

  /** The action log so far (a copy). */
  log(): Action[] {
    return [...this.session.log];
  }

  now(): number {
    return this.session.now();
  }

  /** Forget the saved drill (after it was scored, or discarded). */
  async forget(): Promise<void> {
    this.detach();
    await clearDrill();
  }

  snapshot(): DrillSave {
    return {
      v: DRILL_VERSION,
      savedAt: Date.now(),
      scenario: this.ref,
      ...(!this.ref.shipped && { model: this.model }),
      seed: this.seed,
      log: [...this.session.log],
      now: this.session.now(),
      speed: this.speed,
      paused: this.paused,
      seen: this.seen,
      composer: $state.snapshot(this.composer),
      mode: this.mode,
    };
  }

  private async save(): Promise<void> {
    this.lastSave = performance.now();
    const outcome = await saveDrill(this.snapshot());
    if (outcome.ok) {
      this.problem = null;
      if (outcome.fallback) this.usingFallback = true;
    } else {
      this.problem = { kind: outcome.kind, reason: outcome.reason };
    }
  }

  /** Run the session up to the clock's time; returns the simulated now. */
  private sync(): number {
    if (!this.clock.paused && !this.session.ended) {
      this.session.advanceTo(Math.floor(this.clock.simAt(performance.now())));
      if (this.session.ended) this.stopClock();
    }
    return this.session.now();
  }

  private stopClock(): void {
    this.clock.pause(performance.now());
    this.paused = true;
    this.dirty = true;
  }

  private refresh(): void {
    const view = sessionView(this.session);
    const counts: Record<string, number> = {};
    for (const c of this.model.channels) counts[c.id] = 0;
    for (const p of view.feed) counts[p.channel] = (counts[p.channel] ?? 0) + 1;
    this.view = view;
    this.counts = counts;
    this.actionCount = this.session.log.length;
    this.dirty = false;
  }

  private frame = (realNow: number): void => {
    if (!this.running) return;
    this.raf = requestAnimationFrame(this.frame);
    // The gap since the last frame includes the last refresh's layout and
    // paint: heavy refreshes (a storm of posts) come less often, so the
    // main thread stays mostly free for the trainee's typing and clicks.
    if (this.measuring) {
      this.measuring = false;
      this.viewEvery = Math.min(VIEW_MS_MAX, Math.max(VIEW_MS, (realNow - this.lastFrame) * 5));
    }
    this.lastFrame = realNow;
    const wasEnded = this.session.ended !== null;
    if (!this.paused) this.sync();
    const due = !this.paused && realNow - this.lastView >= this.viewEvery;
    if (this.dirty || due) {
      this.refresh();
      flushSync();
      this.measuring = true;
      this.lastView = realNow;
    }
    if (!wasEnded && this.session.ended) void this.save();
    else if (!this.paused && realNow - this.lastSave >= SAVE_MS) void this.save();
  };

  private onHide = (): void => {
    if (this.session.ended) return;
    this.sync();
    const outcome = saveDrillNow(this.snapshot());
    if (!outcome.ok) void this.save();
  };

  private onVisibility = (): void => {
    if (document.visibilityState === 'hidden') this.onHide();
  };
}
