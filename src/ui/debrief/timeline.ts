// The debrief timeline: every result's events merged into moments (one per
// simulated minute in which anything happened) — posts that appeared, what
// each team did, the flags raised, the phases entered — with the
// scenario's discussion prompts at the moment a phase was first entered,
// and the closing prompts at the end. Pure: a function of the results.
import type { Action, Flag, KohuResult, PhaseVisit, ScenarioModel } from '../../engine/play.ts';
import { promptKey } from './lessons.ts';

const MINUTE = 60_000;

export interface TeamMoment {
  appeared: { post: string; injected: boolean }[];
  actions: { index: number; action: Action }[];
  flags: Flag[];
  phases: PhaseVisit[];
  ended: KohuResult['ending'] | 'open' | null;
}

export interface Prompt {
  /** Where the group's conclusion on it is kept (lessons.ts promptKey). */
  key: string;
  /** The phase whose prompts these are; absent for the scenario's closing prompts. */
  phase?: string;
  text: string;
}

export interface Moment {
  /** Simulated ms of the earliest event in it. */
  at: number;
  /** Posts that appeared, once each, with the teams (by index) that saw them now. */
  posts: { post: string; teams: number[]; injected: boolean }[];
  teams: TeamMoment[];
  prompts: Prompt[];
  /** The closing moment (the scenario's own debrief prompts). */
  final: boolean;
}

const emptyTeam = (): TeamMoment => ({ appeared: [], actions: [], flags: [], phases: [], ended: null });

export function buildMoments(model: ScenarioModel, results: readonly KohuResult[]): Moment[] {
  const byMinute = new Map<number, Moment>();
  const at = (t: number): Moment => {
    const key = Math.floor(t / MINUTE);
    let m = byMinute.get(key);
    if (!m) {
      m = { at: t, posts: [], teams: results.map(emptyTeam), prompts: [], final: false };
      byMinute.set(key, m);
    }
    m.at = Math.min(m.at, t);
    return m;
  };

  const injectedPosts = (r: KohuResult) => new Set(r.log.flatMap((a) => (a.type === 'inject' ? [a.post ?? a.adhoc?.id ?? ''] : [])));
  const promptedPhases = new Set<string>();
  const visits = results.flatMap((r) => r.phaseHistory).sort((a, b) => a.at - b.at);

  results.forEach((r, i) => {
    const injected = injectedPosts(r);
    for (const ap of r.appeared) {
      const m = at(ap.at);
      const inj = injected.has(ap.post);
      m.teams[i].appeared.push({ post: ap.post, injected: inj });
      const shared = m.posts.find((p) => p.post === ap.post);
      if (shared) shared.teams.push(i);
      else m.posts.push({ post: ap.post, teams: [i], injected: inj });
    }
    r.log.forEach((action, index) => {
      if (action.type !== 'mark_read') at(action.at).teams[i].actions.push({ index, action });
    });
    for (const f of r.flags) at(f.at).teams[i].flags.push(f);
    for (const v of r.phaseHistory) at(v.at).teams[i].phases.push(v);
  });

  // A phase's prompts belong to the first moment any team entered it.
  for (const v of visits) {
    if (promptedPhases.has(v.phase)) continue;
    promptedPhases.add(v.phase);
    const phase = model.phases.find((p) => p.id === v.phase);
    if (phase?.debriefPrompts.length)
      at(v.at).prompts.push(...phase.debriefPrompts.map((text, i) => ({ key: promptKey(phase.id, i), phase: phase.id, text })));
  }

  // Each team's end, and the closing moment at the last end.
  const last = Math.max(0, ...results.map((r) => r.endedAt));
  results.forEach((r, i) => {
    at(r.endedAt).teams[i].ended = r.ending ?? 'open';
  });
  const final = at(last);
  final.final = true;
  final.prompts.push(...model.debriefPrompts.map((text, i) => ({ key: promptKey(null, i), text })));

  return [...byMinute.values()].sort((a, b) => a.at - b.at);
}

/** The index of the moment at or just before simulated time t. */
export function momentAt(moments: readonly Moment[], t: number): number {
  let found = 0;
  moments.forEach((m, i) => {
    if (m.at <= t) found = i;
  });
  return found;
}
