// The balance report for the studio: in a worker when the browser has one
// (exploring can take a few hundred milliseconds, and typing must not
// stall), on the main thread otherwise. Only the newest request is answered.
import { balanceReport, type BalanceReport } from '../../../engine/authoring.ts';
import type { ScenarioModel } from '../../../engine/play.ts';

type Answer = { id: number; report?: BalanceReport; ms?: number; error?: string };
let worker: Worker | null | undefined;
let seq = 0;

function getWorker(): Worker | null {
  if (worker !== undefined) return worker;
  try {
    worker = new Worker(new URL('./balance.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    worker = null;
  }
  return worker;
}

/** null when a newer request came in meanwhile. Models are plain data ($state.raw), so they clone. */
export async function computeBalance(model: ScenarioModel): Promise<{ report: BalanceReport; ms: number } | null> {
  const id = ++seq;
  const w = getWorker();
  if (!w) {
    const t0 = performance.now();
    const report = balanceReport(model);
    return id === seq ? { report, ms: performance.now() - t0 } : null;
  }
  return new Promise((resolve, reject) => {
    const onMessage = (e: MessageEvent<Answer>) => {
      if (e.data.id !== id) return;
      w.removeEventListener('message', onMessage);
      if (id !== seq) resolve(null);
      else if (e.data.report) resolve({ report: e.data.report, ms: e.data.ms ?? 0 });
      else reject(new Error(e.data.error ?? 'no report'));
    };
    w.addEventListener('message', onMessage);
    w.postMessage({ id, model });
  });
}
