// Conditions in words, in English and Finnish: the phase board, the
// studio's diagram and the explorer's paths show them in the UI language.
import { describe, expect, it } from 'vitest';
import { atomFor, describeCond } from '../../../src/engine/conditions/index.ts';
import { explore } from '../../../src/engine/explore/explore.ts';
import type { Cond } from '../../../src/engine/model.ts';
import { layoutScenario } from '../../../src/ui/studio/diagram/layout.ts';
import { modelOf } from '../../helpers/load.ts';

const reply: Cond = { kind: 'reply', post: 'video', public: true, honest: true, withinMs: 15 * 60_000 };

/** One of every kind, with what each says in English and Finnish. */
const CASES: [Cond, string, string][] = [
  [reply, 'public honest reply to video within 15m', 'julkinen rehellinen vastaus viestiin video 15 min sisällä'],
  [
    { kind: 'reply', post: 'dm', public: false, apology: true, withinTarget: true },
    'private apologising reply to dm within target',
    'yksityinen anteeksipyytävä vastaus viestiin dm tavoiteajassa',
  ],
  [{ kind: 'reply', post: 'video', grade: 'good' }, 'good reply to video', 'hyvä vastaus viestiin video'],
  [
    { kind: 'reply', post: 'video', public: true, grade: 'acceptable', withinMs: 20 * 60_000 },
    'public acceptable or better reply to video within 20m',
    'julkinen vähintään kelvollinen vastaus viestiin video 20 min sisällä',
  ],
  [{ kind: 'reply', post: 'video', grade: 'poor' }, 'reply to video', 'vastaus viestiin video'],
  [{ kind: 'deleted', post: 'video' }, 'video deleted', 'video poistettu'],
  [{ kind: 'hidden', post: 'video' }, 'video hidden', 'video piilotettu'],
  [{ kind: 'escalated', atLeast: 2 }, 'escalated to ≥ 2', 'eskaloitu vähintään tasolle 2'],
  [{ kind: 'statement', honest: true }, 'honest statement', 'rehellinen tiedote'],
  [{ kind: 'statement' }, 'statement published', 'tiedote julkaistu'],
  [{ kind: 'statement', grade: 'good' }, 'good statement', 'hyvä tiedote'],
  [{ kind: 'statement', grade: 'acceptable' }, 'acceptable or better statement', 'vähintään kelvollinen tiedote'],
  [{ kind: 'promise_broken' }, 'a promise broken', 'lupaus rikottu'],
  [{ kind: 'promise_broken', post: 'video' }, 'promise to video broken', 'viestiin video annettu lupaus rikottu'],
  [{ kind: 'promise_kept', post: 'video' }, 'promise to video kept', 'viestiin video annettu lupaus pidetty'],
  [{ kind: 'followed_up', post: 'video' }, 'followed up on video', 'seurantaviesti viestiin video'],
  [
    { kind: 'all', of: [reply, { kind: 'escalated', atLeast: 1 }] },
    'public honest reply to video within 15m and escalated to ≥ 1',
    'julkinen rehellinen vastaus viestiin video 15 min sisällä ja eskaloitu vähintään tasolle 1',
  ],
  [
    {
      kind: 'any',
      of: [
        { kind: 'deleted', post: 'a' },
        { kind: 'hidden', post: 'a' },
      ],
    },
    'a deleted or a hidden',
    'a poistettu tai a piilotettu',
  ],
  [{ kind: 'not', of: { kind: 'deleted', post: 'a' } }, 'not (a deleted)', 'ei (a poistettu)'],
  [{ kind: 'named', name: 'contained', of: reply }, 'contained', 'contained'],
];

describe('describeCond', () => {
  it.each(CASES)('%j', (cond, en, fi) => {
    expect(describeCond(cond)).toBe(en);
    expect(describeCond(cond, 'en')).toBe(en);
    expect(describeCond(cond, 'fi')).toBe(fi);
  });
});

describe('the explorer and the diagram in Finnish', () => {
  const model = modelOf('scenarios/shop-video.fi.yaml');

  it('labels every atom and timer step in both languages', () => {
    for (const [cond] of CASES) {
      const atom = atomFor(cond);
      if (atom) expect(atom.label.fi).not.toBe(atom.label.en);
    }
    const report = explore(model);
    const steps = report.phases.flatMap((p) => p.steps ?? []);
    expect(steps.length).toBeGreaterThan(0);
    for (const s of steps) expect(s.label.fi).not.toBe(s.label.en);
    // The CLI's words stay English.
    expect(report.phases.flatMap((p) => p.shortestPath ?? [])).toEqual(steps.map((s) => s.label.en));
  });

  it('writes the arrows in the language asked for', () => {
    const en = layoutScenario(model, 'en').edges.find((e) => e.id === 'spark#0');
    const fi = layoutScenario(model, 'fi').edges.find((e) => e.id === 'spark#0');
    expect(en?.label).toBe('video deleted');
    expect(fi?.label).toBe('video poistettu');
  });
});
