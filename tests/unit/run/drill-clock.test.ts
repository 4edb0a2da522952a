import { describe, expect, it } from 'vitest';
import { DrillClock } from '../../../src/engine/run/drill-clock.ts';

describe('DrillClock', () => {
  it('maps real to simulated time with pause, resume and speed', () => {
    const c = new DrillClock(0, 60);
    expect(c.paused).toBe(true);
    c.start(1000);
    expect(c.simAt(2000)).toBe(60_000);
    c.pause(3000);
    expect(c.simAt(10_000)).toBe(120_000);
    c.start(10_000);
    c.setSpeed(120, 11_000);
    expect(c.simAt(12_000)).toBe(180_000 + 120_000);
    c.jumpTo(5000, 12_000);
    expect(c.simAt(12_000)).toBe(5000);
  });
});
