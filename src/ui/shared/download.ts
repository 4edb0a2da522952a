// Save a result as a JSON file (the engine's result format), and read a file's text.
import type { KohuResult } from '../../engine/play.ts';

export function resultFileName(result: KohuResult): string {
  const when = (result.createdAt ?? new Date().toISOString()).slice(0, 16).replace(/[:T]/g, '-');
  return `kohu-${result.scenario.id}-${result.scenario.language}-${when}.json`;
}

export function downloadResult(result: KohuResult): void {
  const blob = new Blob([JSON.stringify(result, null, 2)], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = resultFileName(result);
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
