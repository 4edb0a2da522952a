// One log entry in words, for the control window and the debrief: what
// kind of action, about whose post, with the start of its text.
import type { Action, ScenarioModel } from '../../engine/play.ts';
import { t, type MessageKey } from '../shared/i18n/index.svelte.ts';

export function actionLabel(a: Action): string {
  const key: MessageKey = a.type === 'reply' && a.visibility === 'private' ? 'action.replyPrivate' : (`action.${a.type}` as MessageKey);
  return t(key);
}

export function personaName(model: ScenarioModel, id: string): string {
  return model.personas.find((p) => p.id === id)?.name ?? id;
}

/** The author of a post: a scenario post, or one a facilitator typed in (found in the log). */
export function postAuthor(model: ScenarioModel, postId: string, log: readonly Action[] = []): string {
  const post = model.posts.find((p) => p.id === postId);
  if (post) return personaName(model, post.by);
  const adhoc = log.find((a) => a.type === 'inject' && a.adhoc?.id === postId);
  return adhoc && adhoc.type === 'inject' && adhoc.adhoc ? personaName(model, adhoc.adhoc.persona) : postId;
}

export function shorten(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? flat.slice(0, max - 1) + '…' : flat;
}

/** "Maija Lehtonen: Hi Maija, we apologise…" / "Communications informed — note" */
export function actionDetail(model: ScenarioModel, a: Action, log: readonly Action[] = [], max = 110): string {
  switch (a.type) {
    case 'escalate':
      return t(`escalation.level${a.level}`) + (a.note ? ` — ${shorten(a.note, max)}` : '');
    case 'heat':
      return `× ${a.factor}`;
    case 'inject':
      if (a.adhoc) return `${personaName(model, a.adhoc.persona)}: ${shorten(a.adhoc.text, max)}`;
      return a.post ? `${postAuthor(model, a.post)}: ${shorten(model.posts.find((p) => p.id === a.post)?.text ?? '', max)}` : '';
    case 'statement':
      return shorten(a.text, max) + (a.signedBy ? ` — ${a.signedBy}` : '');
    case 'end':
      return '';
    case 'note':
      return shorten(a.text, max);
    case 'queue':
      return `${t(`queue.${a.op}`)}${a.op === 'delay' && a.byMs ? ` +${Math.round(a.byMs / 60_000)} min` : ''}: ${postAuthor(model, a.post)} — ${shorten(model.posts.find((p) => p.id === a.post)?.text ?? '', max)}`;
    case 'phase':
      return `→ ${model.phases.find((p) => p.id === a.phase)?.name ?? a.phase} — ${shorten(a.reason, max)}`;
    default: {
      const who = postAuthor(model, a.post, log);
      return 'text' in a ? `${who}: ${shorten(a.text, max)}` : who;
    }
  }
}
