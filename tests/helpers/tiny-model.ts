// A small scenario built in code, for engine tests that should not depend
// on the YAML front end or on the shipped scenarios' wording.
import type { PhaseModel, PostModel, ScenarioModel } from '../../src/engine/model.ts';
import { DEFAULT_PROMISE_DEADLINE_MS, DEFAULT_SPEED_TARGETS_MS, DEFAULT_STARTS_AT } from '../../src/engine/model.ts';

const M = 60_000;

export function post(id: string, by: string, extra: Partial<PostModel> = {}): PostModel {
  return {
    id,
    by,
    on: 'page',
    text: `Post ${id}`,
    severity: 'medium',
    companyAtFault: true,
    expectsReply: true,
    replies: [],
    quickReplies: [],
    reserve: false,
    ...extra,
  };
}

export function phase(id: string, extra: Partial<PhaseModel> = {}): PhaseModel {
  return {
    id,
    name: id,
    showName: false,
    callsFor: 0,
    virality: { reach: 10, shares: 1, sentiment: -0.2, growth: 0 },
    posts: [],
    transitions: [],
    debriefPrompts: [],
    ...extra,
  };
}

/** spark → (30m) spreading → (30m) media (worst); an honest public reply to `complaint` → calm (good). */
export function tinyModel(overrides: Partial<ScenarioModel> = {}): ScenarioModel {
  return {
    format: 1,
    id: 'tiny',
    version: 1,
    language: 'fi',
    title: 'Pieni',
    summary: 'Testi',
    role: 'Asiakaspalvelu',
    company: 'Testi Oy',
    objectives: ['Vastaa'],
    difficulty: 'easy',
    startsAt: DEFAULT_STARTS_AT,
    durationMs: 120 * M,
    startMetrics: { reach: 100, shares: 0, sentiment: 0 },
    channels: [
      { id: 'page', kind: 'page', name: 'Sivu' },
      { id: 'press', kind: 'press', name: 'Media' },
    ],
    personas: [
      { id: 'maija', name: 'Maija Virtanen', reach: 800, temperament: 'angry' },
      { id: 'pekka', name: 'Pekka Troll', reach: 50, temperament: 'troll' },
      { id: 'toimittaja', name: 'Tiina Toimittaja', reach: 50000, temperament: 'journalist' },
    ],
    posts: [
      post('complaint', 'maija', {
        text: 'Myyjä nöyryytti minua kassalla!',
        severity: 'high',
        replies: [{ id: 'complaint.r1', by: 'pekka', afterMs: 3 * M, text: 'lol' }],
      }),
      post('copycat', 'maija', { text: 'Ja vielä toinen juttu.' }),
      post('inquiry', 'toimittaja', { on: 'press', text: 'Kommentoitteko?', severity: 'critical' }),
    ],
    initial: 'spark',
    phases: [
      phase('spark', {
        posts: [{ post: 'complaint', atMs: 0 }],
        transitions: [
          { to: 'calm', when: { kind: 'reply', post: 'complaint', public: true, honest: true } },
          { to: 'spreading', afterMs: 30 * M },
        ],
      }),
      phase('spreading', {
        callsFor: 1,
        virality: { reach: 100, shares: 10, sentiment: -1, growth: 0.02 },
        posts: [{ post: 'copycat', atMs: 5 * M }],
        transitions: [
          {
            to: 'calm',
            when: {
              kind: 'all',
              of: [
                { kind: 'reply', post: 'complaint', public: true, honest: true },
                { kind: 'escalated', atLeast: 1 },
              ],
            },
          },
          { to: 'media', afterMs: 30 * M },
        ],
      }),
      phase('media', { callsFor: 2, posts: [{ post: 'inquiry', atMs: 0 }], ending: 'worst' }),
      phase('calm', { ending: 'good', virality: { reach: 1, shares: 0, sentiment: 1, growth: 0 } }),
    ],
    scoring: {
      speedTargetsMs: { ...DEFAULT_SPEED_TARGETS_MS },
      promiseDefaultDeadlineMs: DEFAULT_PROMISE_DEADLINE_MS,
      weights: { speed: 1, honesty: 1, publicness: 1, escalation: 1 },
    },
    debriefPrompts: [],
    ...overrides,
  };
}
