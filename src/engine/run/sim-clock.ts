// The simulated clock handed to XState (createActor(machine, { clock })) and
// used by the session for its own timed events, so both share one ordered
// queue. advanceTo() fires timers one deadline at a time: a timer set while
// another fires is measured from that moment, so chained `after` timers
// cascade exactly as they would in real time.

/** XState's clock interface (createActor's `clock` option; not exported by name). */
interface Clock {
  setTimeout(fn: (...args: unknown[]) => void, timeout: number): unknown;
  clearTimeout(id: unknown): void;
}

interface Timer {
  at: number;
  seq: number;
  fn: () => void;
}

export class SimClock implements Clock {
  private nowMs = 0;
  private seq = 0;
  private readonly timers = new Map<number, Timer>();

  now(): number {
    return this.nowMs;
  }

  /** Run `fn` after `delay` simulated milliseconds; returns an id for cancel(). */
  schedule(fn: () => void, delay: number): number {
    const id = ++this.seq;
    this.timers.set(id, { at: this.nowMs + Math.max(0, delay), seq: id, fn });
    return id;
  }

  cancel(id: number): void {
    this.timers.delete(id);
  }

  // XState's Clock interface: its `after` timers land in the same queue.
  setTimeout(fn: (...args: unknown[]) => void, timeout: number): number {
    return this.schedule(fn, timeout);
  }

  clearTimeout(id: unknown): void {
    this.cancel(id as number);
  }

  /** The earliest pending deadline, or Infinity. */
  nextDeadline(): number {
    let next = Infinity;
    for (const t of this.timers.values()) if (t.at < next) next = t.at;
    return next;
  }

  /** Fire every timer due up to `t` in (deadline, creation) order, then stand at `t`. */
  advanceTo(t: number, shouldStop: () => boolean = () => false): void {
    while (!shouldStop()) {
      const timer = this.earliestDue(t);
      if (!timer) break;
      this.timers.delete(timer.seq);
      this.nowMs = Math.max(this.nowMs, timer.at);
      timer.fn();
    }
    // Stopped by the world (the drill reached its ending): time stands where that happened.
    if (t > this.nowMs && !shouldStop()) this.nowMs = t;
  }

  private earliestDue(t: number): Timer | undefined {
    let best: Timer | undefined;
    for (const timer of this.timers.values()) {
      if (timer.at > t) continue;
      if (!best || timer.at < best.at || (timer.at === best.at && timer.seq < best.seq)) best = timer;
    }
    return best;
  }
}
