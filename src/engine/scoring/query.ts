// Questions every rule asks of a RunRecord: which posts needed an answer,
// what was replied to them, which phase was on at a given moment. Kept in
// one place so that the rules agree on the facts (e.g. what "answered" is).
import type { FollowUpAction, ReplyAction, StatementAction } from '../run/actions.ts';
import type { PhaseModel, PostModel } from '../model.ts';
import type { TextAnalysis } from '../text/types.ts';
import type { Reading } from '../text/reading.ts';
import { readText } from '../run/read.ts';
import type { PhaseVisit, RunRecord } from '../run/record.ts';

export interface ReplyRef {
  /** Index in the log. */
  index: number;
  action: ReplyAction | FollowUpAction;
  post: PostModel;
  analysis: TextAnalysis;
}

export interface StatementRef {
  index: number;
  action: StatementAction;
  analysis: TextAnalysis;
}

export interface DuePost {
  post: PostModel;
  /** When it appeared. */
  at: number;
}

// Rules ask the same questions many times over one record: answer each once.
const postIndex = new WeakMap<RunRecord, Map<string, PostModel>>();
const replyIndex = new WeakMap<RunRecord, { all: ReplyRef[]; byPost: Map<string, ReplyRef[]> }>();

export function postModel(record: RunRecord, id: string): PostModel | undefined {
  let index = postIndex.get(record);
  if (!index) {
    index = new Map([...record.adhocPosts, ...record.model.posts].map((p) => [p.id, p]));
    postIndex.set(record, index);
  }
  return index.get(id);
}

export function personaName(record: RunRecord, personaId: string): string {
  return record.model.personas.find((p) => p.id === personaId)?.name ?? personaId;
}

export const isTroll = (record: RunRecord, post: PostModel): boolean =>
  record.model.personas.find((p) => p.id === post.by)?.temperament === 'troll';

/** The analysis the session stored, or a fresh one if it is missing (older logs). */
export function analysisOf(record: RunRecord, index: number): TextAnalysis {
  return record.analyses[index] ?? freshReading(record, index).analysis;
}

/** The graded reading the session stored, or a fresh one (older logs, hand-built records). */
export function readingOf(record: RunRecord, index: number): Reading {
  return record.readings?.[index] ?? freshReading(record, index).reading;
}

/** What the session would have recorded for a log entry: the run's own readText. */
function freshReading(record: RunRecord, index: number): ReturnType<typeof readText> {
  const a = record.log[index];
  const text = 'text' in a && typeof a.text === 'string' ? a.text : '';
  const post = 'post' in a && typeof a.post === 'string' ? postModel(record, a.post) : undefined;
  return readText(record.model, post, text, a.at);
}

/** Replies and follow-ups, in log order, to known posts. */
export function allReplies(record: RunRecord): ReplyRef[] {
  return replies(record).all;
}

function replies(record: RunRecord): { all: ReplyRef[]; byPost: Map<string, ReplyRef[]> } {
  const cached = replyIndex.get(record);
  if (cached) return cached;
  const all = collectReplies(record);
  const byPost = new Map<string, ReplyRef[]>();
  for (const r of all) byPost.set(r.post.id, [...(byPost.get(r.post.id) ?? []), r]);
  const built = { all, byPost };
  replyIndex.set(record, built);
  return built;
}

function collectReplies(record: RunRecord): ReplyRef[] {
  const out: ReplyRef[] = [];
  record.log.forEach((action, index) => {
    if (action.type !== 'reply' && action.type !== 'follow_up') return;
    const post = postModel(record, action.post);
    if (post) out.push({ index, action, post, analysis: analysisOf(record, index) });
  });
  return out;
}

export const repliesTo = (record: RunRecord, postId: string): ReplyRef[] => replies(record).byPost.get(postId) ?? [];

export function statements(record: RunRecord): StatementRef[] {
  const out: StatementRef[] = [];
  record.log.forEach((action, index) => {
    if (action.type === 'statement') out.push({ index, action, analysis: analysisOf(record, index) });
  });
  return out;
}

/** First appearance of each post; an injected ad-hoc post appears when injected. */
export function appearances(record: RunRecord): Map<string, number> {
  const seen = new Map<string, number>();
  for (const a of record.appeared) if (!seen.has(a.post)) seen.set(a.post, a.at);
  for (const action of record.log) {
    if (action.type === 'inject' && action.adhoc && !seen.has(action.adhoc.id)) seen.set(action.adhoc.id, action.at);
  }
  return seen;
}

/** The trainee ended the drill before an ending or the time limit: what stood then is judged. */
export const endedEarly = (record: RunRecord): boolean => record.endReason === 'trainee';

/** A post that only the trainee's own mistakes brought about (run/ideal-log.ts). */
export const isConsequencePost = (record: RunRecord, postId: string): boolean => record.consequences?.posts.includes(postId) ?? false;

/** The level still owed in a consequence visit: what the calm path had called for by then. */
export function calmLevel(record: RunRecord, i: number): number {
  const c = record.consequences;
  const k = c?.visits.indexOf(i) ?? -1;
  return k >= 0 ? (c?.calmLevels?.[k] ?? 0) : 0;
}

/** A phase visit (index into phaseHistory) that only the trainee's own mistakes brought about. */
export const isConsequenceVisit = (record: RunRecord, i: number): boolean => record.consequences?.visits.includes(i) ?? false;

/**
 * Posts that needed an answer. Left out when they got no reply:
 *  - a post that appeared so late that its speed target had not passed when
 *    the drill ran out (the trainee never had a fair chance at it) — unless
 *    the trainee ended the drill themselves: quitting never beats playing on;
 *  - a post that only a mistake of the trainee's brought about: the mistake
 *    is charged once, where it was made (conduct, not consequence).
 * Answered posts are always judged.
 */
export function postsNeedingAnswer(record: RunRecord): DuePost[] {
  const out: DuePost[] = [];
  for (const [id, at] of appearances(record)) {
    const post = postModel(record, id);
    if (!post?.expectsReply) continue;
    if (repliesTo(record, id).length === 0) {
      const target = record.model.scoring.speedTargetsMs[post.severity];
      if (!endedEarly(record) && record.endedAt - at < target) continue;
      if (isConsequencePost(record, id)) continue;
    }
    out.push({ post, at });
  }
  return out.sort((a, b) => a.at - b.at);
}

/** Posts a mistake brought about that went unanswered: shown as the consequence, not charged. */
export function unansweredConsequences(record: RunRecord): DuePost[] {
  const at = appearances(record);
  return (record.consequences?.posts ?? []).flatMap((id) => {
    const post = postModel(record, id);
    return post?.expectsReply && repliesTo(record, id).length === 0 ? [{ post, at: at.get(id) ?? 0 }] : [];
  });
}

/** When the post was deleted or hidden, if it was. */
export function removal(record: RunRecord, postId: string): { deleted?: number; hidden?: number } {
  const out: { deleted?: number; hidden?: number } = {};
  for (const a of record.log) {
    if (a.type === 'delete' && a.post === postId && out.deleted === undefined) out.deleted = a.at;
    if (a.type === 'hide' && a.post === postId && out.hidden === undefined) out.hidden = a.at;
  }
  return out;
}

/** A statement is judged against the whole crisis: at fault if any post that needed an answer was. */
export const scenarioAtFault = (record: RunRecord): boolean => postsNeedingAnswer(record).some((d) => d.post.companyAtFault);

export const phaseModel = (record: RunRecord, id: string): PhaseModel | undefined => record.model.phases.find((p) => p.id === id);

export const callsFor = (record: RunRecord, phaseId: string): number => phaseModel(record, phaseId)?.callsFor ?? 0;

/** The phase visit in force at time t (the latest one entered at or before t). */
export function visitAt(record: RunRecord, t: number): PhaseVisit | undefined {
  let current: PhaseVisit | undefined;
  for (const v of record.phaseHistory) if (v.at <= t) current = v;
  return current;
}

/** When visit number `i` of the phase history ended. */
export const visitEnd = (record: RunRecord, i: number): number => record.phaseHistory[i + 1]?.at ?? record.endedAt;

export function phaseName(record: RunRecord, id: string): string {
  return phaseModel(record, id)?.name ?? id;
}
