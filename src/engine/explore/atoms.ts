// The abstract moves of exploration: each leaf of a phase's conditions
// becomes one "fact atom" the explorer may add (a reply of the asked-for
// kind, a deletion, an escalation…). Adding atoms one at a time covers
// every combination a condition can test without simulating free text.
// Each atom is labelled in English and Finnish, for the CLI and the studio.
import type { Cond, Language, PhaseModel } from '../model.ts';
import type { Facts } from '../run/facts.ts';

export type Atom = { key: string; label: Record<Language, string>; post?: string; add: (facts: Facts) => void };

function leaves(cond: Cond, out: Cond[]): void {
  if (cond.kind === 'all' || cond.kind === 'any') cond.of.forEach((c) => leaves(c, out));
  else if (cond.kind === 'not' || cond.kind === 'named') leaves(cond.of, out);
  else out.push(cond);
}

export function atomFor(cond: Cond): Atom | null {
  switch (cond.kind) {
    case 'reply': {
      const pub = cond.public ?? true;
      const honest = cond.honest ?? true;
      const apology = cond.apology ?? honest;
      const key = `reply:${cond.post}:${pub ? 'pub' : 'dm'}:${honest ? 'h' : 'd'}:${apology ? 'a' : 'n'}`;
      return {
        key,
        post: cond.post,
        label: {
          en: `${pub ? 'public' : 'private'} ${honest ? 'honest' : 'dishonest'} reply to ${cond.post}`,
          fi: `${pub ? 'julkinen' : 'yksityinen'} ${honest ? 'rehellinen' : 'epärehellinen'} vastaus viestiin ${cond.post}`,
        },
        add: (f) =>
          f.replies.push({ post: cond.post, at: f.now, public: pub, grade: honest ? 'good' : 'poor', honest, apology, delayMs: cond.withinMs ?? 0, withinTarget: true }),
      };
    }
    case 'deleted':
      return { key: `deleted:${cond.post}`, label: { en: `delete ${cond.post}`, fi: `poista ${cond.post}` }, add: (f) => void f.deleted.push(cond.post) };
    case 'hidden':
      return { key: `hidden:${cond.post}`, label: { en: `hide ${cond.post}`, fi: `piilota ${cond.post}` }, add: (f) => void f.hidden.push(cond.post) };
    case 'escalated': {
      const label = { en: `escalate to ${cond.atLeast}`, fi: `eskaloi tasolle ${cond.atLeast}` };
      return { key: `esc:${cond.atLeast}`, label, add: (f) => void (f.escalation = Math.max(f.escalation, cond.atLeast)) };
    }
    case 'statement': {
      const honest = cond.honest ?? true;
      const label = { en: `${honest ? 'honest' : 'evasive'} statement`, fi: `${honest ? 'rehellinen' : 'väistelevä'} tiedote` };
      return { key: `stmt:${honest}`, label, add: (f) => void f.statements.push({ at: f.now, honest }) };
    }
    case 'promise_broken':
    case 'promise_kept': {
      const status = cond.kind === 'promise_kept' ? 'kept' : 'broken';
      const post = cond.post ?? '*';
      const fiStatus = status === 'kept' ? 'pidetty' : 'rikottu';
      const label = { en: `promise to ${post} ${status}`, fi: post === '*' ? `jokin lupaus ${fiStatus}` : `viestiin ${post} annettu lupaus ${fiStatus}` };
      return { key: `promise:${post}:${status}`, label, add: (f) => void f.promises.push({ post, status }) };
    }
    case 'followed_up': {
      const label = { en: `follow up on ${cond.post}`, fi: `seurantaviesti viestiin ${cond.post}` };
      return { key: `follow:${cond.post}`, label, add: (f) => void f.followedUp.push(cond.post) };
    }
    default:
      return null;
  }
}

/** Atoms that can change the outcome of this phase's conditions. */
export function phaseAtoms(phase: PhaseModel): Atom[] {
  const found: Cond[] = [];
  for (const t of phase.transitions) if (t.when) leaves(t.when, found);
  const atoms = new Map<string, Atom>();
  for (const c of found) {
    const a = atomFor(c);
    if (a) atoms.set(a.key, a);
  }
  return [...atoms.values()];
}
