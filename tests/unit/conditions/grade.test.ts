// `grade:` in `reply` and `statement` conditions (issue 10): "at least this
// grade" of the reading, with `honest` kept as the older form of
// `grade: acceptable`. Checked on facts, then end to end from YAML.
import { describe, expect, it } from 'vitest';
import { emptyFacts, holds, type Facts } from '../../../src/engine/conditions/index.ts';
import { loadScenario, loadScript } from '../../../src/engine/authoring.ts';
import { runToResult } from '../../../src/engine/play.ts';
import type { Cond } from '../../../src/engine/model.ts';
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ROOT } from '../../helpers/load.ts';

type Grade = 'good' | 'acceptable' | 'poor';

function factsWith(grade: Grade): Facts {
  const f = emptyFacts();
  f.replies.push({ post: 'p', at: 0, public: true, grade, apology: false, delayMs: 0, withinTarget: true });
  f.statements.push({ at: 0, grade });
  return f;
}

/** What each question asks of a reply (and of a statement), answered for a good, an acceptable and a poor one. */
const ASKED: [Record<string, unknown>, [boolean, boolean, boolean]][] = [
  [{ grade: 'good' }, [true, false, false]],
  [{ grade: 'acceptable' }, [true, true, false]],
  [{ grade: 'poor' }, [true, true, true]],
  [{ honest: true }, [true, true, false]],
  [{ honest: false }, [false, false, true]],
  [{ honest: true, grade: 'good' }, [true, false, false]],
  [{}, [true, true, true]],
];

describe('grade in a condition', () => {
  it.each(ASKED)('%j', (asked, expected) => {
    const grades: Grade[] = ['good', 'acceptable', 'poor'];
    const reply = { kind: 'reply', post: 'p', ...asked } as Cond;
    const statement = { kind: 'statement', ...asked } as Cond;
    expect(grades.map((g) => holds(reply, factsWith(g)))).toEqual(expected);
    expect(grades.map((g) => holds(statement, factsWith(g)))).toEqual(expected);
  });

  it('`honest: true` is `grade: acceptable`: every shipped script branches and scores the same with either', () => {
    // Doing nothing replies to nothing: only the scripts that reply can tell the two apart.
    const scripts = readdirSync(resolve(ROOT, 'scenarios/scripts')).filter((f) => f.endsWith('.yaml') && !f.endsWith('.nothing.yaml'));
    let moved = 0;
    for (const file of scripts) {
      const [id, lang] = file.split('.');
      const text = readFileSync(resolve(ROOT, `scenarios/${id}.${lang}.yaml`), 'utf8');
      const graded = text.replaceAll('honest: true', 'grade: acceptable');
      expect(graded).not.toBe(text);
      const [a, b] = [text, graded].map((t) => {
        const model = loadScenario(t).model!;
        const { script } = loadScript(readFileSync(resolve(ROOT, 'scenarios/scripts', file), 'utf8'), file, model);
        return runToResult(model, script!.seed ?? 1, script!.actions, { until: model.durationMs });
      });
      expect([b.phaseHistory, b.scores], file).toEqual([a.phaseHistory, a.scores]);
      if (a.phaseHistory.some((v) => v.via !== 'start' && !v.via.startsWith('timer'))) moved++;
    }
    // Not a vacuous comparison: conditions, not only timers, moved most of these drills.
    expect(moved).toBeGreaterThan(scripts.length / 2);
  });

  it('validates the grade and explains it in both languages', () => {
    const text = readFileSync(resolve(ROOT, 'tests/fixtures/valid/minimal.yaml'), 'utf8');
    const good = loadScenario(text.replace('honest: true', 'grade: good'));
    expect(good.diagnostics).toEqual([]);
    expect(good.model!.phases[0].transitions[0].when).toEqual({
      kind: 'named',
      name: 'answered_well',
      of: { kind: 'reply', post: 'late', public: true, grade: 'good' },
    });
    const bad = loadScenario(text.replace('honest: true', 'grade: great')).diagnostics;
    expect(bad.map((d) => d.code)).toEqual(['schema_bad_value']);
    expect(bad[0].hint).toContain('`good`, `acceptable`, `poor`');
    expect(bad[0].hint).toContain('at least this');
    expect(bad[0].fi?.hint).toContain('vähintään tämä');
  });
});
