// Frame gaps (requestAnimationFrame) and long tasks in the page for a
// while of real time: used by the storm test and by `npm run bench`.
import type { Page } from '@playwright/test';

/** Record animation-frame gaps and long tasks for `ms` real milliseconds. */
export async function measureFrames(page: Page, ms: number): Promise<{ frames: number; p95: number; max: number; longTasks: number[] }> {
  return page.evaluate(async (duration) => {
    const long: number[] = [];
    const obs = new PerformanceObserver((list) => list.getEntries().forEach((e) => long.push(Math.round(e.duration))));
    try {
      obs.observe({ type: 'longtask', buffered: false });
    } catch {
      /* not supported */
    }
    const gaps: number[] = [];
    let last = performance.now();
    const end = last + duration;
    await new Promise<void>((done) => {
      const tick = (t: number) => {
        gaps.push(t - last);
        last = t;
        if (t < end) requestAnimationFrame(tick);
        else done();
      };
      requestAnimationFrame(tick);
    });
    obs.disconnect();
    gaps.sort((a, b) => a - b);
    return { frames: gaps.length, p95: gaps[Math.floor(gaps.length * 0.95)], max: gaps[gaps.length - 1], longTasks: long };
  }, ms);
}
