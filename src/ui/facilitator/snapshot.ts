// The room's state as the control window sees it: a small, plain copy of
// what the DrillController shows, so it can be posted to another window
// (structured clone) many times a second without copying the whole feed.
import { upcomingPosts, type ScenarioModel } from '../../engine/play.ts';
import type { DrillController } from '../drill/drill.svelte.ts';
import type { LoggedAction, RoomState } from './protocol.ts';

const RECENT = 14;

export function drillKey(model: { id: string; language: string }, seed: number): string {
  return `${model.id}:${model.language}:${seed}`;
}

/** The heat in force: the last facilitator `heat` action's factor, 1 before any. */
export function heatOf(log: readonly { type: string; factor?: number }[]): number {
  for (let i = log.length - 1; i >= 0; i--) if (log[i].type === 'heat' && typeof log[i].factor === 'number') return log[i].factor!;
  return 1;
}

/**
 * The room before Start: the team is reading the briefing. The control
 * window connects already, so the facilitator can set up (phase board,
 * notes, reserve posts); nothing can be sent to a drill that has not begun.
 */
export function briefingState(model: ScenarioModel, team: string): RoomState {
  const zero = { t: 0, reach: 0, shares: 0, sentiment: 0 };
  return {
    drill: `${model.id}:${model.language}:briefing`,
    started: false,
    team,
    title: model.title,
    now: 0,
    durationMs: model.durationMs,
    paused: true,
    speed: 1,
    heat: 1,
    phase: model.initial,
    phaseHistory: [{ phase: model.initial, at: 0, via: 'start' }],
    escalationLevel: 0,
    logLength: 0,
    recent: [],
    feed: [],
    metrics: [],
    current: zero,
    ended: null,
    openPromises: 0,
    upcoming: upcomingPosts(model, [], [{ phase: model.initial, at: 0, via: 'start' }], new Set()),
  };
}

export function roomState(drill: DrillController, team: string): RoomState {
  const view = drill.view;
  const log = drill.log();
  const recent: LoggedAction[] = [];
  for (let i = log.length - 1; i >= 0 && recent.length < RECENT; i--)
    if (log[i].type !== 'mark_read') recent.unshift({ index: i, action: log[i] });
  return {
    drill: drillKey(drill.model, drill.seed),
    started: true,
    team,
    title: drill.model.title,
    now: view.now,
    durationMs: drill.model.durationMs,
    paused: drill.paused,
    speed: drill.speed,
    heat: heatOf(log),
    phase: view.phase,
    phaseHistory: view.phaseHistory.map((v) => ({ ...v })),
    escalationLevel: view.escalationLevel,
    logLength: log.length,
    recent,
    feed: view.feed.map((p) => ({
      post: p.id,
      at: p.at,
      answered: p.replies.some((r) => r.by === 'trainee') || p.privateMessages.length > 0,
      status: p.status,
    })),
    // A copy: the session keeps appending to its own array.
    metrics: view.metrics.map((m) => ({ ...m })),
    current: { ...view.current },
    ended: view.ended ? { ...view.ended } : null,
    openPromises: view.openPromises.length,
    upcoming: view.ended ? [] : upcomingPosts(drill.model, log, view.phaseHistory, new Set(view.feed.map((p) => p.id))),
  };
}
