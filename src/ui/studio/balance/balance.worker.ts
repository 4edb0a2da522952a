// Runs the balance report off the main thread: exploring a scenario's state
// space can take a few hundred milliseconds, and typing must not stall.
import { balanceReport } from '../../../engine/authoring.ts';
import type { ScenarioModel } from '../../../engine/play.ts';

self.onmessage = (e: MessageEvent<{ id: number; model: ScenarioModel }>) => {
  const t0 = performance.now();
  try {
    const report = balanceReport(e.data.model);
    self.postMessage({ id: e.data.id, report, ms: performance.now() - t0 });
  } catch (error) {
    self.postMessage({ id: e.data.id, error: String(error) });
  }
};
