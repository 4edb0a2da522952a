// Which saved drill is a team drill, and for which team. The drill itself
// is saved by the drill engineer's persist.ts like any other; this small
// marker (localStorage, read synchronously while the app starts) tells the
// shell to bring a reloaded drill back as the big-screen room, with its
// team name, rather than as a one-person drill.
import type { Language } from '../../engine/play.ts';

const KEY = 'kohu:team-drill';

export interface TeamMarker {
  scenario: string;
  language: Language;
  seed: number;
  team: string;
  participants?: string[];
  /** The screens' language when the drill started: a reload keeps it (the scenario's language is not the room's choice). */
  ui?: Language;
}

export function markTeamDrill(marker: TeamMarker): void {
  try {
    localStorage.setItem(KEY, JSON.stringify(marker));
  } catch {
    /* without storage a reload resumes it as a normal drill; nothing is lost */
  }
}

/** The marker if this saved drill (scenario, language, seed) is the marked team drill. */
export function teamDrillOf(save: { scenario: { id: string; language: Language }; seed: number }): TeamMarker | null {
  try {
    const m = JSON.parse(localStorage.getItem(KEY) ?? 'null') as TeamMarker | null;
    if (m && m.scenario === save.scenario.id && m.language === save.scenario.language && m.seed === save.seed) return m;
  } catch {
    /* no marker */
  }
  return null;
}

export function clearTeamDrill(): void {
  try {
    localStorage.removeItem(KEY);
  } catch {
    /* nothing to clear */
  }
}
