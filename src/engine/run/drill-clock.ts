// Maps real time to simulated time for a live drill: pause, resume and a
// speed factor (default one real second = one simulated minute). The shell
// passes in its own wall-clock readings, so this stays pure and testable.
export class DrillClock {
  private baseSim: number;
  private baseReal: number;
  private running = false;

  constructor(
    startSim = 0,
    public speed = 60,
  ) {
    this.baseSim = startSim;
    this.baseReal = 0;
  }

  get paused(): boolean {
    return !this.running;
  }

  /** Simulated time at real time `realNow` (ms). */
  simAt(realNow: number): number {
    return this.running ? this.baseSim + (realNow - this.baseReal) * this.speed : this.baseSim;
  }

  start(realNow: number): void {
    if (this.running) return;
    this.baseReal = realNow;
    this.running = true;
  }

  pause(realNow: number): void {
    if (!this.running) return;
    this.baseSim = this.simAt(realNow);
    this.running = false;
  }

  setSpeed(speed: number, realNow: number): void {
    this.baseSim = this.simAt(realNow);
    this.baseReal = realNow;
    this.speed = speed;
  }

  /** Jump to a simulated time (e.g. when resuming a saved drill). */
  jumpTo(sim: number, realNow: number): void {
    this.baseSim = sim;
    this.baseReal = realNow;
  }
}
