// Saving the debrief's files: CSV exports and a team's result (JSON with
// the overrides in it).
import type { KohuResult } from '../../engine/play.ts';

export function downloadText(name: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** A file-name-safe form of a label: "Tiimi Äänekoski" → "tiimi-aanekoski". */
export function slug(s: string): string {
  return (
    s
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'team'
  );
}

export function downloadTeamResult(result: KohuResult, label: string): void {
  downloadText(`kohu-${result.scenario.id}-${result.scenario.language}-${slug(label)}.json`, JSON.stringify(result, null, 2), 'application/json');
}
