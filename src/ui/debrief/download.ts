// Saving the debrief's files: CSV exports and a team's result (JSON with
// the overrides in it).
import type { KohuResult } from '../../engine/play.ts';
import type { DebriefTeam } from './types.ts';

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

/** A team's result as its file: with the team's name and people as the debrief knows them (given, or corrected there). */
export function teamResult(team: DebriefTeam): KohuResult {
  const { participants: _old, ...result } = team.result;
  return { ...result, team: team.name, ...(team.participants?.length && { participants: team.participants }) };
}

export function downloadTeamResult(team: DebriefTeam, label: string): void {
  const result = teamResult(team);
  downloadText(
    `kohu-${result.scenario.id}-${result.scenario.language}-${slug(label)}.json`,
    JSON.stringify(result, null, 2),
    'application/json',
  );
}
