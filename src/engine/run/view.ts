// The drill as the trainee sees it at the session's current time: posts in
// order of appearance, threads with others' replies and the trainee's own,
// counters that grow with the crisis curve.
import type { ChannelKindName } from '../model.ts';
import type { Session, PostState } from './session.ts';
import type { FeedPost, FeedReply, SessionView, StatementView } from './types.ts';
import { escalationCue } from './coach.ts';

const MINUTE = 60_000;

export function sessionView(session: Session): SessionView {
  const now = session.now();
  const current = session.metrics.current(now);
  const kinds = new Map<string, ChannelKindName>(session.model.channels.map((c) => [c.id, c.kind]));
  const reachOf = new Map(session.model.personas.map((p) => [p.id, p.reach]));
  const feed: FeedPost[] = session.appeared.map(({ post }) =>
    feedPost(session, session.posts.get(post)!, now, kinds, reachOf, current.shares),
  );
  const statements: StatementView[] = [];
  let escalation = 0;
  session.log.forEach((a, i) => {
    if (a.type === 'statement')
      statements.push({ at: a.at, text: a.text, channel: a.channel ?? defaultStatementChannel(session), signedBy: a.signedBy, action: i });
    if (a.type === 'escalate') escalation = Math.max(escalation, a.level);
  });
  const phase = session.model.phases.find((p) => p.id === session.phase());
  return {
    now,
    phase: session.phase(),
    ...(phase?.showName && { phaseName: phase.name }),
    phaseHistory: [...session.phaseHistory],
    feed,
    statements,
    escalationLevel: escalation,
    escalationCue: escalationCue(session, escalation, current.shares),
    metrics: session.metrics.points,
    current,
    ended: session.ended
      ? {
          at: session.ended.at,
          reason: session.ended.reason,
          phase: session.ended.phase,
          ...(phase?.ending && { ending: phase.ending }),
        }
      : null,
    openPromises: session.promises
      .filter((p) => p.status === 'open')
      .map((p) => ({ id: p.id, post: p.post, persona: p.persona, deadline: p.deadline, ...(p.openEnded && { openEnded: true as const }) })),
    brokenPromises: session.promises
      .filter((p) => p.status === 'broken')
      .map((p) => ({ id: p.id, post: p.post, persona: p.persona, deadline: p.deadline })),
  };
}

export function defaultStatementChannel(session: Session): string {
  const publicKinds: ChannelKindName[] = ['page', 'microblog', 'forum', 'reviews'];
  return session.model.channels.find((c) => publicKinds.includes(c.kind))?.id ?? session.model.channels[0].id;
}

function feedPost(
  session: Session,
  state: PostState,
  now: number,
  kinds: Map<string, ChannelKindName>,
  reachOf: Map<string, number>,
  sharesNow: number,
): FeedPost {
  const { post } = state;
  const replies: FeedReply[] = [];
  const privateMessages: FeedReply[] = [];
  if (state.status !== 'deleted') {
    for (const r of post.replies) {
      const at = state.appearedAt + r.afterMs;
      if (at <= now) replies.push({ id: r.id, by: r.by, at, text: r.text, visibility: 'public' });
    }
  }
  session.log.forEach((a, i) => {
    if ((a.type === 'reply' || a.type === 'follow_up') && a.post === post.id) {
      const reply: FeedReply = { id: `${post.id}.t${i}`, by: 'trainee', at: a.at, text: a.text, visibility: a.visibility, action: i };
      (a.visibility === 'public' ? replies : privateMessages).push(reply);
    }
  });
  replies.sort((x, y) => x.at - y.at);
  const answered = replies.some((r) => r.by === 'trainee') || privateMessages.length > 0;
  const waiting = post.expectsReply && !answered && state.status !== 'deleted';
  // Counters follow the crisis curve, weighted by the author's reach.
  const reach = reachOf.get(post.by) ?? 100;
  const weight = 0.3 + reach / (reach + 2000);
  const minutes = Math.max(0, (now - state.appearedAt) / MINUTE);
  const grown = Math.max(0, sharesNow - session.metrics.sharesAt(state.appearedAt));
  const frozen = state.status !== 'visible';
  const likes = frozen ? 0 : Math.round(grown * 1.6 * weight + minutes * 0.4 * weight);
  const shares = frozen ? 0 : Math.round(grown * weight * 0.5);
  return {
    id: post.id,
    channel: post.on,
    channelKind: kinds.get(post.on) ?? 'page',
    by: post.by,
    at: state.appearedAt,
    text: post.text,
    severity: post.severity,
    ...(post.stars !== undefined && { stars: post.stars }),
    ...(post.subject !== undefined && { subject: post.subject }),
    replies,
    privateMessages,
    likes,
    shares,
    comments: replies.length + Math.round(likes / 12),
    status: state.status,
    read: state.read,
    injected: state.injected,
    ...(waiting && { replyDue: state.appearedAt + session.model.scoring.speedTargetsMs[post.severity] }),
  };
}
