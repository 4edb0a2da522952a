// chart.js for the debrief, loaded lazily with only the parts its two
// charts use: bars for the scores, lines for the crisis curves. (The
// drill's drill/chart.ts registers the line parts; registering twice is harmless.)
import type { Chart as ChartType } from 'chart.js';

let loading: Promise<typeof ChartType> | null = null;

export function loadDebriefCharts(): Promise<typeof ChartType> {
  loading ??= import('chart.js').then(
    ({ Chart, BarController, BarElement, CategoryScale, LinearScale, LineController, LineElement, PointElement, Legend, Tooltip }) => {
      Chart.register(BarController, BarElement, CategoryScale, LinearScale, LineController, LineElement, PointElement, Legend, Tooltip);
      return Chart;
    },
  );
  return loading;
}

/** Chart text sized for a projector (and for print, where the canvas is scaled down). */
export const BIG_FONT = { size: 18, family: 'system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif' };
