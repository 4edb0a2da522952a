// The crisis curve: reach, shares and sentiment integrated minute by minute
// at the rates of the phase the drill was in, scaled by the facilitator's
// heat and nudged by the trainee's actions. Noise comes from the seed, one
// value per minute, so the curve is a pure function of (scenario, seed, log).
import type { ScenarioModel } from '../model.ts';
import type { MetricPoint } from './record.ts';
import { unit } from './prng.ts';

const MINUTE = 60_000;

export interface Segment {
  from: number;
  phase: string;
  heat: number;
  /** When the phase itself was entered (heat changes start new segments within a phase). */
  phaseFrom: number;
}

export class MetricSeries {
  readonly points: MetricPoint[];
  private readonly segments: Segment[] = [];
  private readonly nudges: { at: number; sentiment: number }[] = [];

  constructor(
    private readonly model: ScenarioModel,
    private readonly seed: number,
  ) {
    const s = model.startMetrics;
    this.points = [{ t: 0, reach: s.reach, shares: s.shares, sentiment: s.sentiment }];
  }

  enterPhase(phase: string, at: number): void {
    this.segments.push({ from: at, phase, heat: this.heatAt(at), phaseFrom: at });
  }

  setHeat(heat: number, at: number): void {
    const cur = this.segmentAt(at);
    this.segments.push({ from: at, phase: cur?.phase ?? this.model.initial, heat, phaseFrom: cur?.phaseFrom ?? at });
  }

  /** An action's immediate effect on sentiment (an honest public answer calms, a deletion angers). */
  nudge(at: number, sentiment: number): void {
    this.nudges.push({ at, sentiment });
  }

  /** Extend the series with every whole minute up to `now`. */
  extendTo(now: number): void {
    let last = this.points[this.points.length - 1];
    while (last.t + MINUTE <= now) {
      last = this.step(last);
      this.points.push(last);
    }
  }

  /** The value at `now`, between whole minutes. */
  current(now: number): MetricPoint {
    this.extendTo(now);
    const last = this.points[this.points.length - 1];
    const f = (now - last.t) / MINUTE;
    if (f <= 0) return last;
    const next = this.step(last);
    return {
      t: now,
      reach: Math.round(last.reach + (next.reach - last.reach) * f),
      shares: Math.round(last.shares + (next.shares - last.shares) * f),
      sentiment: round1(last.sentiment + (next.sentiment - last.sentiment) * f),
    };
  }

  private step(p: MetricPoint): MetricPoint {
    const t = p.t + MINUTE;
    const seg = this.segmentAt(p.t);
    const phase = this.model.phases.find((ph) => ph.id === seg?.phase);
    const v = phase?.virality ?? { reach: 0, shares: 0, sentiment: 0, growth: 0 };
    const heat = seg?.heat ?? 1;
    const minutesIn = seg ? (p.t - seg.phaseFrom) / MINUTE : 0;
    const growth = Math.pow(1 + v.growth, Math.min(minutesIn, 600));
    const minute = t / MINUTE;
    const n1 = 0.8 + 0.4 * unit(this.seed, 1, minute);
    const n2 = 0.8 + 0.4 * unit(this.seed, 2, minute);
    let sentiment = p.sentiment + v.sentiment * heat;
    for (const n of this.nudges) if (n.at > p.t && n.at <= t) sentiment += n.sentiment;
    return {
      t,
      reach: Math.max(0, Math.round(p.reach + v.reach * growth * heat * n1)),
      shares: Math.max(0, Math.round(p.shares + v.shares * growth * heat * n2)),
      sentiment: round1(Math.max(-100, Math.min(100, sentiment))),
    };
  }

  private segmentAt(t: number): Segment | undefined {
    let found: Segment | undefined;
    for (const s of this.segments) if (s.from <= t) found = s;
    return found;
  }

  private heatAt(t: number): number {
    return this.segmentAt(t)?.heat ?? 1;
  }

  /** Shares at time t (nearest whole minute at or before t). */
  sharesAt(t: number): number {
    const i = Math.min(this.points.length - 1, Math.max(0, Math.floor(t / MINUTE)));
    return this.points[i].shares;
  }
}

const round1 = (x: number) => Math.round(x * 10) / 10;
