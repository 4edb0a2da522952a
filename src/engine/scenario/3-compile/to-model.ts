// Validated scenario document → ScenarioModel: durations to milliseconds,
// named conditions resolved (kept by name), defaults made explicit. Only
// called after validation found no errors, so references are known good.
import type { ScenarioDoc } from '../schema.ts';
import type { PostModel, ScenarioModel, SourceRef } from '../../model.ts';
import { compileCondition } from '../../conditions/index.ts';
import { DEFAULT_PROMISE_DEADLINE_MS, DEFAULT_SPEED_TARGETS_MS, DEFAULT_STARTS_AT } from '../../model.ts';
import { parseWallTime } from '../../text/deadlines.ts';
import { parseDuration } from '../../duration.ts';

export type Locate = (path: (string | number)[]) => SourceRef | undefined;

const ms = (text: string): number => parseDuration(text) ?? 0;

function expectsReplyByDefault(temperament: string): boolean {
  return temperament !== 'troll' && temperament !== 'fan';
}

export function compileModel(doc: ScenarioDoc, locate: Locate = () => undefined): ScenarioModel {
  const personas = new Map(doc.personas.map((p) => [p.id, p]));
  const posts: PostModel[] = doc.posts.map((p) => ({
    id: p.id,
    by: p.by,
    on: p.on,
    text: p.text,
    severity: p.severity,
    companyAtFault: p.company_at_fault,
    expectsReply: p.expects_reply ?? expectsReplyByDefault(personas.get(p.by)?.temperament ?? 'angry'),
    ...(p.stars !== undefined && { stars: p.stars }),
    ...(p.subject !== undefined && { subject: p.subject }),
    replies: p.replies.map((r, i) => ({ id: r.id ?? `${p.id}.r${i + 1}`, by: r.by, afterMs: ms(r.after), text: r.text })),
    quickReplies: p.quick_replies.map((q) => ({ label: q.label, text: q.text })),
    ...(p.reference_answer !== undefined && { referenceAnswer: p.reference_answer }),
    reserve: p.reserve,
  }));
  const targets = { ...DEFAULT_SPEED_TARGETS_MS };
  for (const [severity, text] of Object.entries(doc.scoring.speed_targets ?? {})) {
    if (text) targets[severity as keyof typeof targets] = ms(text);
  }
  return {
    format: 1,
    id: doc.id,
    version: doc.version,
    language: doc.language,
    title: doc.title,
    summary: doc.summary,
    role: doc.role,
    company: doc.company,
    objectives: doc.objectives,
    difficulty: doc.difficulty,
    durationMs: ms(doc.duration),
    startsAt: (doc.starts_at !== undefined && parseWallTime(doc.starts_at)) || DEFAULT_STARTS_AT,
    startMetrics: {
      reach: doc.start_metrics.reach ?? 0,
      shares: doc.start_metrics.shares ?? 0,
      sentiment: doc.start_metrics.sentiment ?? 0,
    },
    channels: doc.channels,
    personas: doc.personas,
    posts,
    initial: doc.initial ?? doc.phases[0].id,
    phases: doc.phases.map((ph, i) => ({
      id: ph.id,
      name: ph.name,
      showName: ph.show_name,
      ...(ph.description !== undefined && { description: ph.description }),
      callsFor: ph.calls_for,
      virality: { reach: ph.virality.reach, shares: ph.virality.shares, sentiment: ph.virality.sentiment, growth: ph.virality.growth },
      posts: ph.posts.map((pp) => ({ post: pp.post, atMs: ms(pp.at) })),
      transitions: ph.transitions.map((t, j) => ({
        to: t.to,
        ...(t.when !== undefined && { when: compileCondition(t.when, doc.conditions) }),
        ...(t.after !== undefined && { afterMs: ms(t.after) }),
        ...(t.note !== undefined && { note: t.note }),
        ...withSource(locate(['phases', i, 'transitions', j])),
      })),
      ...(ph.ending !== undefined && { ending: ph.ending }),
      ...(ph.facilitator_notes !== undefined && { facilitatorNotes: ph.facilitator_notes }),
      debriefPrompts: ph.debrief_prompts,
      ...withSource(locate(['phases', i])),
    })),
    scoring: {
      speedTargetsMs: targets,
      promiseDefaultDeadlineMs: doc.scoring.promise_default_deadline
        ? ms(doc.scoring.promise_default_deadline)
        : DEFAULT_PROMISE_DEADLINE_MS,
      weights: doc.scoring.weights ?? { speed: 1, honesty: 1, publicness: 1, escalation: 1 },
    },
    debriefPrompts: doc.debrief_prompts,
    ...(doc.facts && {
      facts: {
        ...(doc.facts.fixed_after !== undefined && { fixedAfterMs: ms(doc.facts.fixed_after) }),
        ...(doc.facts.never_fixed && { fixed: 'never' as const }),
      },
    }),
  };
}

function withSource(source: SourceRef | undefined): { source?: SourceRef } {
  return source ? { source } : {};
}
