// The briefing and the score must ask for the same thing: an objective that
// says "answer within 15 minutes" while the posts are judged against 20 min
// teaches one target and scores another. The score's targets are the one
// source; an objective about answering that names another time than the
// opening post's target is flagged.
import * as d from '../../diagnostics.ts';
import { DEFAULT_SPEED_TARGETS_MS, SEVERITIES, type SeverityName } from '../../../model.ts';
import { formatDuration, parseDuration } from '../../../duration.ts';
import { findDeadlines } from '../../../text/deadlines.ts';
import { isObj } from '../view.ts';
import type { Rule } from '../context.ts';

/** An objective about answering posts ("vastaa", "answer", "reply", "respond"). */
const ABOUT_ANSWERING = /(?<![\p{L}])(vasta\p{L}*|answer\p{L}*|repl\p{L}*|respond\p{L}*)/iu;

export const objectiveTargetMismatch: Rule = (ctx) => {
  const { raw } = ctx;
  const language = raw.language === 'en' ? 'en' : 'fi';
  const objectives = Array.isArray(raw.objectives) ? raw.objectives : [];
  const first = firstPost(raw);
  if (!first) return [];
  const out = [];
  for (const [i, text] of objectives.entries()) {
    if (typeof text !== 'string' || !ABOUT_ANSWERING.test(text)) continue;
    const said = findDeadlines(text, language).find((h) => h.spec.kind === 'in');
    if (!said || said.spec.kind !== 'in' || said.spec.ms === first.targetMs) continue;
    out.push(
      d.objective_target_mismatch(ctx.src, ctx.at(['objectives', i]), {
        said: formatDuration(said.spec.ms),
        post: first.id,
        severity: first.severity,
        target: formatDuration(first.targetMs),
      }),
    );
  }
  return out;
};

/** The post that opens the drill (the initial phase's earliest) and the speed target the score will judge it by. */
function firstPost(raw: Record<string, unknown>): { id: string; severity: SeverityName; targetMs: number } | null {
  const phases = Array.isArray(raw.phases) ? raw.phases.filter(isObj) : [];
  const initial = phases.find((p) => p.id === raw.initial) ?? phases[0];
  const listed = initial && Array.isArray(initial.posts) ? initial.posts.filter(isObj) : [];
  const opening = [...listed].sort((a, b) => (parseDuration(a.at ?? '0s') ?? 0) - (parseDuration(b.at ?? '0s') ?? 0))[0];
  const post = (Array.isArray(raw.posts) ? raw.posts.filter(isObj) : []).find((p) => p.id === opening?.post);
  if (!post || typeof post.id !== 'string') return null;
  // A severity or a target the schema refuses is reported there; no guess here.
  const severity = post.severity ?? 'medium';
  if (!(SEVERITIES as readonly unknown[]).includes(severity)) return null;
  const overrides = isObj(raw.scoring) && isObj(raw.scoring.speed_targets) ? raw.scoring.speed_targets : {};
  const own = overrides[severity as SeverityName];
  const ownMs = parseDuration(own);
  if (own !== undefined && ownMs === null) return null;
  return { id: post.id, severity: severity as SeverityName, targetMs: ownMs ?? DEFAULT_SPEED_TARGETS_MS[severity as SeverityName] };
}
