// chart.js, loaded lazily (its own chunk, shared by the drill's meter and
// the scorecard's curve) with only the parts Kohu uses registered.
import type { Chart as ChartType } from 'chart.js';

let loading: Promise<typeof ChartType> | null = null;

export function loadChart(): Promise<typeof ChartType> {
  loading ??= import('chart.js').then(({ Chart, Filler, Legend, LinearScale, LineController, LineElement, PointElement, Tooltip }) => {
    Chart.register(LineController, LineElement, PointElement, LinearScale, Filler, Tooltip, Legend);
    return Chart;
  });
  return loading;
}
