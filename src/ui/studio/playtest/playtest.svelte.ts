// The studio's playtest: a drill of the scenario being edited, on a clock
// the author runs at any speed or steps by hand. It keeps only (seed, log,
// now); the session is replayed from them, so an edit to the scenario can
// replay the same actions on the new version and report what changed.
import {
  replay,
  scoreRun,
  sessionView,
  type Action,
  type ApplyOutcome,
  type ScenarioModel,
  type SessionView,
  Session,
} from '../../../engine/play.ts';
import { pathToPhase, type PhaseJump } from '../../../engine/authoring.ts';
import { diffRuns, summarise, type DiffItem, type RunSummary } from './run-diff.ts';

type DistributiveOmit<T, K extends keyof T> = T extends unknown ? Omit<T, K> : never;
export type PlayInput = DistributiveOmit<Action, 'at'>;

/** Real ms between refreshes of the view while the clock runs. */
const FRAME_MS = 100;
export const SPEEDS = [1, 10, 60, 300] as const;

export class Playtest {
  model = $state.raw<ScenarioModel | null>(null);
  log = $state.raw<Action[]>([]);
  view = $state.raw<SessionView | null>(null);
  summary = $state.raw<RunSummary | null>(null);
  /** Differences the last edit made to the run; cleared by the author. */
  diff = $state.raw<DiffItem[] | null>(null);
  running = $state(false);
  /** Simulated seconds per real second. */
  speed = $state<number>(60);
  jump = $state.raw<PhaseJump | null>(null);
  refusal = $state('');

  readonly seed = 1;
  private session: Session | null = null;
  private raf = 0;
  private lastReal = 0;
  private lastView = 0;

  now(): number {
    return this.session?.now() ?? 0;
  }

  /** A new version of the scenario: replay the same actions on it and note the differences. */
  setModel(model: ScenarioModel): void {
    const before = this.summary;
    const now = this.now();
    this.model = model;
    this.rebuild(now);
    if (before && this.summary && (this.log.length > 0 || now > 0)) this.diff = diffRuns(before, this.summary, this.log);
  }

  act(input: PlayInput): ApplyOutcome | null {
    if (!this.session || this.session.ended) return null;
    const action = { ...input, at: this.session.now() } as Action;
    const outcome = this.session.apply(action);
    if (outcome.ok) {
      this.log = [...this.log, action];
      this.refusal = '';
    } else this.refusal = outcome.message;
    this.refresh(true);
    if (this.session.ended) this.pause();
    return outcome;
  }

  advance(ms: number): void {
    if (!this.session || this.session.ended) return;
    this.session.advanceTo(Math.min(this.model!.durationMs, this.session.now() + ms));
    this.refresh(true);
  }

  play(): void {
    if (this.running || !this.session || this.session.ended) return;
    this.running = true;
    this.lastReal = performance.now();
    this.raf = requestAnimationFrame(this.frame);
  }

  pause(): void {
    this.running = false;
    cancelAnimationFrame(this.raf);
    this.refresh(true);
  }

  restart(): void {
    this.pause();
    this.log = [];
    this.diff = null;
    this.jump = null;
    this.refusal = '';
    this.rebuild(0);
  }

  /** Stand in a phase: replay a way there (see engine/balance/path-to-phase.ts). */
  jumpTo(phase: string): PhaseJump | null {
    if (!this.model) return null;
    this.pause();
    const jump = pathToPhase(this.model, phase, this.seed);
    this.jump = jump;
    this.log = jump.log;
    this.diff = null;
    this.rebuild(jump.at);
    return jump;
  }

  /** Play a given log (e.g. a balance-report run) up to `until`. */
  load(log: Action[], until: number): void {
    this.pause();
    this.log = [...log];
    this.diff = null;
    this.jump = null;
    this.rebuild(until);
  }

  dismissDiff(): void {
    this.diff = null;
  }

  destroy(): void {
    cancelAnimationFrame(this.raf);
  }

  private rebuild(until: number): void {
    if (!this.model) return;
    this.session = replay(this.model, this.seed, this.log, until);
    this.refresh(true);
  }

  private refresh(full: boolean): void {
    if (!this.session) return;
    this.view = sessionView(this.session);
    if (full) this.summary = summarise(this.session, this.log, scoreRun(this.session.record()));
  }

  private frame = (real: number): void => {
    if (!this.running || !this.session) return;
    const dt = Math.min(1000, real - this.lastReal);
    this.lastReal = real;
    this.session.advanceTo(Math.min(this.model!.durationMs, this.session.now() + dt * this.speed));
    if (this.session.ended || this.session.now() >= this.model!.durationMs) {
      this.pause();
      return;
    }
    if (real - this.lastView >= FRAME_MS) {
      this.lastView = real;
      this.refresh(false);
    }
    this.raf = requestAnimationFrame(this.frame);
  };
}
