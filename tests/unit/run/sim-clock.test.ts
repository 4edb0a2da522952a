import { describe, expect, it } from 'vitest';
import { SimClock } from '../../../src/engine/run/sim-clock.ts';

describe('SimClock', () => {
  it('fires timers in deadline order, then creation order', () => {
    const clock = new SimClock();
    const fired: string[] = [];
    clock.schedule(() => fired.push('b'), 20);
    clock.schedule(() => fired.push('a'), 10);
    clock.schedule(() => fired.push('c'), 20);
    clock.advanceTo(100);
    expect(fired).toEqual(['a', 'b', 'c']);
    expect(clock.now()).toBe(100);
  });

  it('measures a timer set while another fires from that moment, so chains cascade', () => {
    const clock = new SimClock();
    const at: number[] = [];
    clock.schedule(() => {
      at.push(clock.now());
      clock.schedule(() => at.push(clock.now()), 30);
    }, 10);
    clock.advanceTo(1000);
    expect(at).toEqual([10, 40]);
  });

  it('does not fire cleared timers and can stop early', () => {
    const clock = new SimClock();
    let n = 0;
    const id = clock.schedule(() => n++, 5);
    clock.cancel(id);
    clock.schedule(() => n++, 6);
    clock.schedule(() => n++, 7);
    clock.advanceTo(10, () => n >= 1);
    expect(n).toBe(1);
    expect(clock.nextDeadline()).toBe(7);
  });
});
