// A drill in progress: the scenario's machine on a simulated clock, the
// posts it releases, the trainee's action log and the facts derived from it.
// Everything is a function of (model, seed, log): resuming a drill is
// replaying its log into a fresh session (see replay.ts).
import { createActor, type Actor } from 'xstate';
import type { PostModel, ScenarioModel } from '../model.ts';
import { sessionMachine, type ScenarioMachine } from '../run/machine.ts';
import type { Action, ApplyOutcome, Rejection } from './actions.ts';
import { SimClock } from './sim-clock.ts';
import { MetricSeries } from './metrics.ts';
import { emptyFacts, type Facts, type ReplyFact } from '../conditions/index.ts';
import type { TextAnalysis } from '../text/types.ts';
import type { Reading } from '../text/reading.ts';
import { readText } from './read.ts';
import { keepPromises, promisesMade } from './promises.ts';
import type { Appearance, PhaseVisit, PromiseRecord, RunRecord } from './record.ts';
import { checkTime, validateAction } from './validate-action.ts';
import { phaseVia } from './phase-via.ts';
import { idealLog } from './ideal-log.ts';
import { queueStateOf } from './queue.ts';

export interface PostState {
  post: PostModel;
  appearedAt: number;
  phase: string;
  status: 'visible' | 'hidden' | 'deleted';
  read: boolean;
  injected: boolean;
}

export interface Ended {
  at: number;
  reason: 'ending' | 'time_limit' | 'trainee';
  phase: string;
}

export interface SessionOptions {
  /**
   * Play the log as a faultless trainee would have meant it: every reply and
   * statement reads as good and every promise is kept. Used only to find
   * which posts and phases a trainee's own mistakes brought about
   * (scoring/consequences.ts); never for a drill anyone sees.
   */
  ideal?: boolean;
  /**
   * Text analyses by (addressee, text), shared with the sessions this one
   * replays for its record (the faultless play, the run-on after quitting):
   * each reply is analysed once per drill, not once per replay.
   */
  analysed?: Map<string, TextAnalysis>;
}

/** Sentiment nudges per action kind: the curve answers what the trainee does. */
const NUDGE = { honestPublic: 4, argue: -6, remove: -8, statement: 3 };

export class Session {
  readonly clock = new SimClock();
  readonly log: Action[] = [];
  readonly rejected: RunRecord['rejected'] = [];
  readonly analyses: Record<number, TextAnalysis> = {};
  /** The graded reading of each reply, follow-up and statement, by log index. */
  readonly readings: Record<number, Reading> = {};
  readonly posts = new Map<string, PostState>();
  readonly appeared: Appearance[] = [];
  readonly adhocPosts: PostModel[] = [];
  readonly phaseHistory: PhaseVisit[] = [];
  readonly promises: PromiseRecord[] = [];
  readonly metrics: MetricSeries;
  facts: Facts = emptyFacts();
  ended: Ended | null = null;
  heat = 1;

  private readonly machine: ScenarioMachine;
  private readonly actor: Actor<ScenarioMachine>;
  private readonly postById: Map<string, PostModel>;
  private phaseTimers: number[] = [];
  private currentPhase = '';
  private readonly analysed: Map<string, TextAnalysis>;

  constructor(
    readonly model: ScenarioModel,
    readonly seed = 1,
    readonly options: SessionOptions = {},
  ) {
    this.analysed = options.analysed ?? new Map();
    this.postById = new Map(model.posts.map((p) => [p.id, p]));
    this.metrics = new MetricSeries(model, seed);
    this.machine = sessionMachine(model);
    this.actor = createActor(this.machine, {
      clock: this.clock,
      inspect: (ev) => {
        if (ev.type !== '@xstate.microstep') return;
        const value = (ev.snapshot as { value?: unknown }).value;
        if (typeof value === 'string' && value !== this.currentPhase) this.enterPhase(value, phaseVia(ev, model));
      },
    });
    this.clock.schedule(() => this.end('time_limit'), model.durationMs);
    this.enterPhase(model.initial, 'start');
    this.actor.start();
  }

  now(): number {
    return this.clock.now();
  }

  phase(): string {
    return this.currentPhase;
  }

  /** Run the world forward to simulated time `t` (never past the end). */
  advanceTo(t: number): void {
    if (this.ended || t <= this.now()) return;
    this.clock.advanceTo(t, () => this.ended !== null);
    this.metrics.extendTo(this.now());
  }

  /** Apply one action at its own time: the world first runs up to `action.at`. */
  apply(action: Action): ApplyOutcome {
    const backwards = checkTime(this, action);
    if (backwards) return this.reject(action, backwards);
    this.advanceTo(action.at);
    const invalid = validateAction(this, action);
    if (invalid) return this.reject(action, invalid);
    const index = this.log.length;
    this.log.push(action);
    this.perform(action, index);
    this.refreshFacts();
    return { ok: true };
  }

  private reject(action: Action, r: Rejection): Rejection {
    this.rejected.push({ action, code: r.code, message: r.message });
    return r;
  }

  private perform(action: Action, index: number): void {
    switch (action.type) {
      case 'reply':
      case 'follow_up': {
        const state = this.posts.get(action.post)!;
        const { analysis, reading } = readText(this.model, state.post, action.text, action.at, this.analysed);
        this.analyses[index] = analysis;
        this.readings[index] = reading;
        state.read = true;
        keepPromises(this.promises, action, state.post, index);
        this.trackPromises(state.post, analysis, action.at, index);
        if (action.visibility === 'public' && reading.grade !== 'poor') this.metrics.nudge(action.at, NUDGE.honestPublic);
        if (reading.reasons.some((r) => r.code === 'arguing' || r.code === 'denial')) this.metrics.nudge(action.at, NUDGE.argue);
        break;
      }
      case 'statement': {
        const { analysis, reading } = readText(this.model, undefined, action.text, action.at, this.analysed);
        this.analyses[index] = analysis;
        this.readings[index] = reading;
        this.metrics.nudge(action.at, NUDGE.statement);
        break;
      }
      case 'delete':
      case 'hide': {
        const state = this.posts.get(action.post)!;
        state.status = action.type === 'delete' ? 'deleted' : 'hidden';
        if (state.post.expectsReply) this.metrics.nudge(action.at, NUDGE.remove);
        break;
      }
      case 'mark_read':
        this.posts.get(action.post)!.read = true;
        break;
      case 'end':
        this.end('trainee');
        break;
      case 'heat':
        this.heat = action.factor;
        this.metrics.setHeat(action.factor, action.at);
        break;
      case 'inject':
        this.inject(action);
        break;
      case 'phase':
        // The machine moves (phase-via names it 'facilitator'); entering the phase schedules its posts as usual.
        this.actor.send({ type: 'FORCE', phase: action.phase });
        break;
      case 'escalate':
      case 'note':
      case 'queue':
        // A queue action is read when its post falls due (fallDue).
        break;
    }
  }

  private inject(action: Extract<Action, { type: 'inject' }>): void {
    if (action.post) {
      this.appear(this.postById.get(action.post)!, true);
      return;
    }
    const a = action.adhoc!;
    const persona = this.model.personas.find((p) => p.id === a.persona);
    const post: PostModel = {
      id: a.id,
      by: a.persona,
      on: a.channel,
      text: a.text,
      severity: a.severity ?? 'medium',
      companyAtFault: true,
      expectsReply: persona ? persona.temperament !== 'troll' && persona.temperament !== 'fan' : true,
      replies: [],
      quickReplies: [],
      reserve: false,
    };
    this.adhocPosts.push(post);
    this.postById.set(post.id, post);
    this.appear(post, true);
  }

  private trackPromises(post: PostModel, analysis: TextAnalysis, at: number, index: number): void {
    for (const record of promisesMade(this.model, post, analysis, at, index, this.promises.length, this.options.ideal === true)) {
      this.promises.push(record);
      if (record.status !== 'open' || record.openEnded) continue;
      const { deadline } = record;
      this.clock.schedule(() => {
        if (record.status !== 'open') return;
        record.status = 'broken';
        record.resolvedAt = deadline;
        this.refreshFacts();
      }, deadline - at);
    }
  }

  private enterPhase(phase: string, via: string): void {
    this.currentPhase = phase;
    const at = this.now();
    this.phaseHistory.push({ phase, at, via });
    this.metrics.enterPhase(phase, at);
    for (const id of this.phaseTimers) this.clock.cancel(id);
    this.phaseTimers = [];
    const model = this.model.phases.find((p) => p.id === phase)!;
    for (const pp of model.posts) {
      if (this.posts.has(pp.post)) continue;
      const post = this.postById.get(pp.post)!;
      this.fallDue(post, at + pp.atMs);
    }
    if (model.ending) this.end('ending');
  }

  /**
   * A phase's own post at its time, unless the facilitator held or skipped it
   * (queue.ts); a delay moves it on. Checked when it falls due, so a queue
   * action taken while it waits counts.
   */
  private fallDue(post: PostModel, at: number): void {
    const state = queueStateOf(this.log, post.id);
    if (state.held || state.skipped) return;
    const due = at + state.delayMs;
    // Due at once: shown now, so an ending's headline appears before the drill stops.
    if (due <= this.now()) this.appear(post, false);
    else this.phaseTimers.push(this.clock.schedule(() => this.fallDue(post, at), due - this.now()));
  }

  private appear(post: PostModel, injected: boolean): void {
    if (this.posts.has(post.id)) return;
    const at = this.now();
    this.posts.set(post.id, { post, appearedAt: at, phase: this.currentPhase, status: 'visible', read: false, injected });
    this.appeared.push({ post: post.id, at, phase: this.currentPhase });
  }

  private end(reason: Ended['reason']): void {
    if (this.ended) return;
    this.ended = { at: this.now(), reason, phase: this.currentPhase };
  }

  /**
   * Tell the machine the facts. What the log says grows by one action at a
   * time (`logFacts`, appended to in place), so replaying a log stays linear
   * in its length; only the promises, which timers change, are rebuilt.
   */
  private refreshFacts(): void {
    for (let i = this.factsUpTo; i < this.log.length; i++) this.addFacts(this.log[i], i);
    this.factsUpTo = this.log.length;
    const facts: Facts = { ...this.logFacts, now: this.now(), promises: this.promises.map((p) => ({ post: p.post, status: p.status })) };
    this.facts = facts;
    if (!this.ended) this.actor.send({ type: 'FACTS', facts });
  }
  private readonly logFacts: Facts = emptyFacts();
  private factsUpTo = 0;

  private addFacts(a: Action, i: number): void {
    const facts = this.logFacts;
    if (a.type === 'reply' || a.type === 'follow_up') {
      facts.replies.push(this.replyFact(a, i));
      if (a.type === 'follow_up') facts.followedUp.push(a.post);
    } else if (a.type === 'delete') facts.deleted.push(a.post);
    else if (a.type === 'hide') facts.hidden.push(a.post);
    else if (a.type === 'escalate') facts.escalation = Math.max(facts.escalation, a.level);
    else if (a.type === 'statement') facts.statements.push({ at: a.at, grade: this.options.ideal ? 'good' : this.readings[i].grade });
  }

  private replyFact(a: { post: string; at: number; visibility: 'public' | 'private' }, i: number): ReplyFact {
    const state = this.posts.get(a.post)!;
    const reading = this.readings[i];
    const ideal = this.options.ideal === true;
    const delayMs = a.at - state.appearedAt;
    return {
      post: a.post,
      at: a.at,
      public: a.visibility === 'public',
      grade: ideal ? 'good' : reading.grade,
      apology: ideal ? state.post.companyAtFault : reading.apology,
      delayMs,
      withinTarget: delayMs <= this.model.scoring.speedTargetsMs[state.post.severity],
    };
  }

  getPost(id: string): PostModel | undefined {
    return this.postById.get(id);
  }

  /**
   * Posts and phase visits that only the trainee's own mistakes brought
   * about: those the same play, made faultlessly, would not have met
   * (ideal-log.ts). Computed once per log and moment.
   */
  private consequences(): RunRecord['consequences'] {
    if (this.options.ideal) return undefined;
    const key = `${this.log.length}@${this.ended?.at ?? this.now()}`;
    if (this.consequenceCache?.key === key) return this.consequenceCache.value;
    const appearedAt = new Map<string, number>();
    for (const a of this.appeared) if (!appearedAt.has(a.post)) appearedAt.set(a.post, a.at);
    const ideal = new Session(this.model, this.seed, { ideal: true, analysed: this.analysed });
    for (const a of idealLog(this.model, this.log, { appearedAt, visits: this.phaseHistory, promises: this.promises })) ideal.apply(a);
    ideal.advanceTo(this.ended?.at ?? this.now());
    const idealPhases = new Set(ideal.phaseHistory.map((v) => v.phase));
    const scheduled = new Set(this.model.phases.flatMap((p) => p.posts.map((pp) => pp.post)));
    const visits = this.phaseHistory.flatMap((v, i) => (idealPhases.has(v.phase) ? [] : [i]));
    // What the calm path had called for by the time each such visit began: owed even there.
    const callsFor = (phase: string) => this.model.phases.find((p) => p.id === phase)?.callsFor ?? 0;
    const calmLevel = (at: number) => Math.max(0, ...ideal.phaseHistory.filter((v) => v.at <= at).map((v) => callsFor(v.phase)));
    const value = {
      posts: this.appeared.filter((a) => scheduled.has(a.post) && !ideal.posts.has(a.post)).map((a) => a.post),
      visits,
      calmLevels: visits.map((i) => calmLevel(this.phaseHistory[i].at)),
    };
    this.consequenceCache = { key, value };
    return value;
  }
  private consequenceCache: { key: string; value: RunRecord['consequences'] } | undefined;

  /**
   * Everything that happened, for scoring and the result file. A drill the
   * trainee ended before any ending is recorded as the crisis running on
   * without them to the time limit (quitting never beats playing on); the
   * moment they stopped is kept as `quitAt`.
   */
  record(): RunRecord {
    const own = this.ownRecord();
    if (this.options.ideal || this.ended?.reason !== 'trainee' || own.ending) return own;
    const key = this.log.length;
    if (this.runOnCache?.key !== key) {
      const rest = new Session(this.model, this.seed, { ...this.options, analysed: this.analysed });
      for (const a of this.log) if (a.type !== 'end') rest.apply(a);
      rest.advanceTo(this.model.durationMs);
      this.runOnCache = { key, value: { ...rest.ownRecord(), log: own.log, endReason: 'trainee', quitAt: own.endedAt } };
    }
    return this.runOnCache.value;
  }
  private runOnCache: { key: number; value: RunRecord } | undefined;

  private ownRecord(): RunRecord {
    const endedAt = this.ended?.at ?? this.now();
    this.metrics.extendTo(endedAt);
    const phase = this.model.phases.find((p) => p.id === (this.ended?.phase ?? this.currentPhase));
    return {
      model: this.model,
      seed: this.seed,
      log: [...this.log],
      analyses: { ...this.analyses },
      readings: { ...this.readings },
      rejected: [...this.rejected],
      appeared: [...this.appeared],
      adhocPosts: [...this.adhocPosts],
      phaseHistory: [...this.phaseHistory],
      promises: this.promises.map((p) => ({ ...p })),
      endedAt,
      ending: phase?.ending ? { phase: phase.id, kind: phase.ending } : null,
      endReason: this.ended?.reason ?? 'open',
      metrics: this.metrics.points.filter((p) => p.t <= endedAt),
      consequences: this.consequences(),
    };
  }
}
