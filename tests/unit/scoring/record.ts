// A tiny scenario built in code and a RunRecord built from a list of
// actions, for scoring tests. It mimics what the session records: the
// analyses of texts (by the real analyser), promises tracked from them
// (kept by a follow-up to the same persona, or a later reply in the same thread, before the
// deadline), first appearances and phase visits.
import {
  DEFAULT_PROMISE_DEADLINE_MS,
  DEFAULT_SPEED_TARGETS_MS,
  DEFAULT_STARTS_AT,
  type Language,
  type PostModel,
  type ScenarioModel,
} from '../../../src/engine/model.ts';
import type { Action } from '../../../src/engine/run/actions.ts';
import type { Appearance, PhaseVisit, PromiseRecord, RunRecord } from '../../../src/engine/run/record.ts';
import type { TextAnalysis } from '../../../src/engine/text/types.ts';
import { analyseText } from '../../../src/engine/text/index.ts';
import type { Reading } from '../../../src/engine/text/reading.ts';
import { promiseDeadline, readInContext } from '../../../src/engine/run/read.ts';

export const MIN = 60_000;
export const min = (n: number): number => n * MIN;

const post = (p: Partial<PostModel> & Pick<PostModel, 'id' | 'by' | 'text'>): PostModel => ({
  on: 'page',
  severity: 'medium',
  companyAtFault: true,
  expectsReply: true,
  replies: [],
  quickReplies: [],
  reserve: false,
  ...p,
});

const TEXTS: Record<Language, Record<string, string>> = {
  fi: {
    complaint: 'Kassalla minua kohdeltiin tylysti ja kahvi oli kylmää. Ei näin!',
    copycat: 'Minullekin kävi samoin: tilaukseni myöhästyi viikon.',
    rumour: 'Kuulin että myymälänne myy vanhentunutta lihaa!',
    trollpost: 'Hahaa, koko firma on pelle.',
    fanpost: 'Paras kauppa ikinä!',
  },
  en: {
    complaint: 'The cashier was rude to me and the coffee was cold. Not OK!',
    copycat: 'Same here: my order was a week late.',
    rumour: 'I heard your shop sells expired meat!',
    trollpost: 'Haha, the whole company is a joke.',
    fanpost: 'Best shop ever!',
  },
};

export function tinyModel(language: Language = 'fi', over: Partial<ScenarioModel> = {}): ScenarioModel {
  const t = TEXTS[language];
  const phase = (id: string, callsFor: number, ending?: 'good' | 'bad' | 'worst') => ({
    id,
    name: id,
    showName: false,
    callsFor,
    virality: { reach: 0, shares: 0, sentiment: 0, growth: 0 },
    posts: [],
    transitions: [],
    debriefPrompts: [],
    ...(ending ? { ending } : {}),
  });
  return {
    format: 1,
    id: 'tiny',
    version: 1,
    language,
    title: 'Tiny',
    summary: 'A tiny scenario for tests.',
    role: 'customer service',
    company: 'Kohu Oy',
    objectives: ['answer'],
    difficulty: 'easy',
    startsAt: DEFAULT_STARTS_AT,
    durationMs: min(240),
    startMetrics: { reach: 0, shares: 0, sentiment: 0 },
    channels: [{ id: 'page', kind: 'page', name: 'Kohu on the page' }],
    personas: [
      { id: 'maija', name: 'Maija Virtanen', reach: 100, temperament: 'angry' },
      { id: 'pekka', name: 'Pekka Korhonen', reach: 100, temperament: 'constructive' },
      { id: 'liisa', name: 'Liisa Laine', reach: 100, temperament: 'constructive' },
      { id: 'trolli', name: 'Trolli', reach: 100, temperament: 'troll' },
      { id: 'fani', name: 'Fani', reach: 100, temperament: 'fan' },
    ],
    posts: [
      post({ id: 'complaint', by: 'maija', text: t.complaint, severity: 'high' }),
      post({ id: 'copycat', by: 'pekka', text: t.copycat }),
      post({ id: 'rumour', by: 'liisa', text: t.rumour, companyAtFault: false }),
      post({ id: 'trollpost', by: 'trolli', text: t.trollpost, companyAtFault: false, expectsReply: false, severity: 'low' }),
      post({ id: 'fanpost', by: 'fani', text: t.fanpost, companyAtFault: false, expectsReply: false, severity: 'low' }),
    ],
    initial: 'spark',
    phases: [phase('spark', 0), phase('spreading', 1), phase('media', 2), phase('national', 3, 'worst'), phase('calm', 0, 'good')],
    scoring: {
      speedTargetsMs: { ...DEFAULT_SPEED_TARGETS_MS },
      promiseDefaultDeadlineMs: DEFAULT_PROMISE_DEADLINE_MS,
      weights: { speed: 1, honesty: 1, publicness: 1, escalation: 1 },
    },
    debriefPrompts: [],
    ...over,
  };
}

export interface RecordSpec {
  model?: ScenarioModel;
  /** [post id, appeared at]; default: every post that is replied to, at 0. */
  appeared?: [string, number][];
  actions?: Action[];
  /** [phase id, entered at]; default: spark at 0. */
  phases?: [string, number][];
  endedAt?: number;
}

function trackPromises(model: ScenarioModel, log: Action[], analyses: Record<number, TextAnalysis>, endedAt: number): PromiseRecord[] {
  const personaOf = (postId: string) => model.posts.find((p) => p.id === postId)?.by ?? postId;
  const out: PromiseRecord[] = [];
  log.forEach((a, i) => {
    if (a.type !== 'reply' && a.type !== 'follow_up') return;
    analyses[i].promises.forEach((m, k) => {
      const persona = personaOf(a.post);
      const { deadline } = promiseDeadline(model, m, a.at);
      const keptBy = log.findIndex(
        (b, j) =>
          j > i &&
          b.at <= deadline &&
          ((b.type === 'follow_up' && personaOf(b.post) === persona) || (b.type === 'reply' && b.post === a.post)),
      );
      const p: PromiseRecord = { id: `p${i}-${k}`, action: i, post: a.post, persona, madeAt: a.at, deadline, match: m, status: 'open' };
      if (keptBy >= 0) Object.assign(p, { status: 'kept', resolvedAt: log[keptBy].at, keptBy });
      else if (deadline <= endedAt) Object.assign(p, { status: 'broken', resolvedAt: deadline });
      out.push(p);
    });
  });
  return out;
}

export function buildRecord(spec: RecordSpec = {}): RunRecord {
  const model = spec.model ?? tinyModel();
  const log = spec.actions ?? [];
  const endedAt = spec.endedAt ?? model.durationMs;
  const nameOf = (postId: string) => {
    const by = model.posts.find((p) => p.id === postId)?.by;
    return model.personas.find((p) => p.id === by)?.name;
  };
  const analyses: Record<number, TextAnalysis> = {};
  log.forEach((a, i) => {
    if (a.type === 'reply' || a.type === 'follow_up')
      analyses[i] = analyseText(a.text, { language: model.language, customerName: nameOf(a.post) });
    if (a.type === 'statement') analyses[i] = analyseText(a.text, { language: model.language });
  });
  const readings: Record<number, Reading> = {};
  log.forEach((a, i) => {
    if (a.type === 'reply' || a.type === 'follow_up' || a.type === 'statement') {
      const post = a.type === 'statement' ? undefined : model.posts.find((p) => p.id === a.post);
      readings[i] = readInContext(model, post, analyses[i], a.text, a.at);
    }
  });
  const replied = [...new Set(log.flatMap((a) => ('post' in a && typeof a.post === 'string' ? [a.post] : [])))];
  const appeared: Appearance[] = (spec.appeared ?? replied.map((p): [string, number] => [p, 0])).map(([post, at]) => ({
    post,
    at,
    phase: 'spark',
  }));
  const phaseHistory: PhaseVisit[] = (spec.phases ?? [['spark', 0]]).map(([phase, at], i) => ({
    phase,
    at,
    via: i === 0 ? 'start' : 'timer',
  }));
  return {
    model,
    seed: 1,
    log,
    analyses,
    readings,
    rejected: [],
    appeared,
    adhocPosts: [],
    phaseHistory,
    promises: trackPromises(model, log, analyses, endedAt),
    endedAt,
    ending: null,
    endReason: 'time_limit',
    metrics: [],
  };
}
