// The debrief in progress, held outside the components: the teams, the
// facilitator's overrides, loading (files or this browser's history) with
// a message per refused file, and saving after every change. Components
// read `state` (a $state.raw snapshot replaced on each change, so charts
// get plain data) and call the methods.
import type { KohuResult, Language, ScenarioModel } from '../../engine/play.ts';
import { uiLang } from '../shared/i18n/index.svelte.ts';
import { findShipped } from '../shared/catalogue.ts';
import { dateTime } from '../shared/format.ts';
import type { HistoryEntry } from '../shared/persist.ts';
import type { StorageProblem } from '../shared/storage.ts';
import { ft } from '../facilitator/i18n/index.ts';
import { checkResult, checkResultText, nameFrom, type LoadOutcome } from './load.ts';
import { withDecision, type Decision } from './rescore.ts';
import { loadDebrief, saveDebrief } from './store.ts';
import { emptyDebrief, letter, nowIso, type DebriefState, type DebriefTeam } from './types.ts';
import type { ActionItem, Feedback, Lessons } from './lessons.ts';

const newKey = (prefix: string): string => crypto.randomUUID?.() ?? `${prefix}${Date.now()}${Math.random()}`;

export interface Message {
  kind: 'ok' | 'error';
  text: string;
}

export interface Labelled {
  team: DebriefTeam;
  index: number;
  label: string;
}

export class DebriefSession {
  state = $state.raw<DebriefState>(emptyDebrief());
  ready = $state(false);
  messages = $state.raw<Message[]>([]);
  problem = $state.raw<StorageProblem | null>(null);

  /** The scenario of the debrief: shipped, or the one kept with it. */
  get model(): ScenarioModel | null {
    const s = this.state.scenario;
    return s ? this.modelFor(s) : null;
  }

  /** Teams with the names shown: their own, or Team A, B, C when anonymised. */
  get labelled(): Labelled[] {
    return this.state.teams.map((team, index) => ({
      team,
      index,
      label: this.state.anonymous ? ft('debrief.anon', { letter: letter(index) }) : team.name,
    }));
  }

  async load(): Promise<void> {
    const loaded = await loadDebrief();
    this.state = loaded.state;
    if (loaded.unreadable?.kind === 'newer') this.problem = { kind: 'newer', reason: String(loaded.unreadable.version) };
    else if (loaded.unreadable?.kind === 'damaged') this.messages = [{ kind: 'error', text: ft('debrief.savedDamaged') }];
    this.ready = true;
  }

  modelFor(s: { id: string; language: Language }, extra?: ScenarioModel): ScenarioModel | null {
    for (const m of [extra, this.state.model]) if (m && m.id === s.id && m.language === s.language) return m;
    return findShipped(s.id, s.language)?.model ?? null;
  }

  async addFiles(files: readonly File[]): Promise<void> {
    const messages: Message[] = [];
    for (const file of files) {
      let text: string;
      try {
        text = await file.text();
      } catch (err) {
        messages.push({
          kind: 'error',
          text: ft('load.unreadable', { file: file.name, reason: err instanceof Error ? err.message : String(err) }),
        });
        continue;
      }
      const outcome = checkResultText(text, this.context(), file.name);
      messages.push(this.take(outcome, file.name, file.name));
    }
    this.messages = messages;
    await this.save();
  }

  async addHistory(entries: readonly HistoryEntry[]): Promise<void> {
    const messages: Message[] = [];
    for (const e of entries) {
      const label = `${e.result.team ?? e.result.scenario.title} (${dateTime(e.result.createdAt ?? e.savedAt, uiLang.current)})`;
      const outcome = checkResult(e.result, this.context(e.model), label);
      messages.push(this.take(outcome, label, 'history', e.model));
    }
    this.messages = messages;
    await this.save();
  }

  /** Accept or refuse one result; the refusal names the file and never touches the teams already in. */
  private take(outcome: LoadOutcome, file: string, source: string, extraModel?: ScenarioModel): Message {
    if (!outcome.ok) {
      const reason = outcome.engine ? outcome.engine[uiLang.current] : ft(`load.${outcome.code!}`, outcome.params ?? {});
      return { kind: 'error', text: ft('load.refused', { file, reason }) };
    }
    const r = outcome.result;
    const first = this.state.teams.length === 0;
    const team: DebriefTeam = {
      key: newKey('t'),
      source,
      name: nameFrom(r, source),
      ...(r.participants?.length && { participants: r.participants }),
      result: r,
    };
    this.state = {
      ...this.state,
      scenario: first ? { ...r.scenario } : this.state.scenario,
      // A scenario that is not shipped travels with the debrief, so a reload can still replay it.
      ...(first && extraModel && !findShipped(r.scenario.id, r.scenario.language) ? { model: extraModel } : {}),
      teams: [...this.state.teams, team],
    };
    return { kind: 'ok', text: ft('load.added', { file, name: team.name }) };
  }

  private context(extra?: ScenarioModel) {
    return {
      scenario: this.state.scenario,
      teams: this.state.teams,
      modelFor: (s: { id: string; language: Language }) => this.modelFor(s, extra),
    };
  }

  remove(key: string): void {
    const teams = this.state.teams.filter((t) => t.key !== key);
    this.state = teams.length
      ? { ...this.state, teams }
      : // The group's conclusions stay: they are about the drill, not about one file.
        { ...emptyDebrief(), anonymous: this.state.anonymous, facilitator: this.state.facilitator, lessons: this.state.lessons };
    void this.save();
  }

  clear(): void {
    this.state = { ...emptyDebrief(), anonymous: this.state.anonymous, facilitator: this.state.facilitator };
    this.messages = [];
    void this.save();
  }

  rename(key: string, name: string): void {
    this.update(key, (t) => ({ ...t, name }));
  }

  setParticipants(key: string, participants: string[]): void {
    this.update(key, (t) => ({ ...t, participants }));
  }

  /** What the group concluded on a prompt or at a moment (lessons.ts keys); empty text removes it. */
  conclude(key: string, text: string): void {
    const { [key]: _old, ...rest } = this.state.lessons.conclusions;
    this.setLessons({ ...this.state.lessons, conclusions: text.trim() ? { ...rest, [key]: text } : rest });
  }

  addAction(): void {
    this.setLessons({ ...this.state.lessons, actions: [...this.state.lessons.actions, { id: newKey('a'), what: '', owner: '', due: '' }] });
  }

  changeAction(id: string, change: Partial<Omit<ActionItem, 'id'>>): void {
    const actions = this.state.lessons.actions.map((a) => (a.id === id ? { ...a, ...change } : a));
    this.setLessons({ ...this.state.lessons, actions });
  }

  removeAction(id: string): void {
    this.setLessons({ ...this.state.lessons, actions: this.state.lessons.actions.filter((a) => a.id !== id) });
  }

  addFeedback(f: Omit<Feedback, 'id'>): void {
    this.setLessons({ ...this.state.lessons, feedback: [...this.state.lessons.feedback, { ...f, id: newKey('f') }] });
  }

  removeFeedback(id: string): void {
    this.setLessons({ ...this.state.lessons, feedback: this.state.lessons.feedback.filter((f) => f.id !== id) });
  }

  private setLessons(lessons: Lessons): void {
    this.state = { ...this.state, lessons };
    void this.save();
  }

  setAnonymous(on: boolean): void {
    this.state = { ...this.state, anonymous: on };
    // The load messages name the teams: an anonymised screen must not.
    if (on) this.messages = [];
    void this.save();
  }

  setFacilitator(name: string): void {
    this.state = { ...this.state, facilitator: name };
    void this.save();
  }

  /** A person's judgement on one flag (or `null` to withdraw it): the result is replayed with it at once. */
  decide(key: string, flagId: string, decision: Omit<Decision, 'by' | 'at'> | null): void {
    const model = this.model;
    if (!model) return;
    const by = this.state.facilitator.trim();
    const full: Decision | null = decision ? { ...decision, ...(by && { by }), at: nowIso() } : null;
    this.update(key, (t) => ({ ...t, result: withDecision(model, t.result, flagId, full) }));
  }

  /** The file's claim on a flag, taken as this debrief's decision (made here, so by this facilitator). */
  acceptClaim(key: string, flagId: string): void {
    const claim = this.state.teams.find((t) => t.key === key)?.result.claims?.[flagId];
    if (!claim) return;
    this.decide(key, flagId, {
      decision: claim.decision,
      reason: claim.reason,
      ...(claim.points !== undefined && { points: claim.points }),
    });
  }

  results(): KohuResult[] {
    return this.state.teams.map((t) => t.result);
  }

  private update(key: string, change: (t: DebriefTeam) => DebriefTeam): void {
    this.state = { ...this.state, teams: this.state.teams.map((t) => (t.key === key ? change(t) : t)) };
    void this.save();
  }

  private async save(): Promise<void> {
    const outcome = await saveDebrief(this.state);
    this.problem = outcome.ok ? null : { kind: outcome.kind, reason: outcome.reason };
  }
}
