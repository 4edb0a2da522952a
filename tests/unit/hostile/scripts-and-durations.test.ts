// Damaged scripts and scenarios: a time far past the end, an endless list
// of actions, a duration written with a tab or a no-break space, a
// byte-order mark. Each is read right or refused with a diagnostic.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadScenario, loadScript } from '../../../src/engine/authoring.ts';
import { MAX_LOG_ACTIONS, parseDuration } from '../../../src/engine/play.ts';
import { modelOf, ROOT } from '../../helpers/load.ts';

const model = modelOf('scenarios/shop-video.en.yaml');
const MINIMAL = readFileSync(resolve(ROOT, 'tests/fixtures/valid/minimal.yaml'), 'utf8');
const codes = (text: string) => loadScript(text, 'hostile.yaml', model).diagnostics.map((d) => d.code);

describe('script times and lengths', () => {
  it('an action at 1e12 s is refused where it is written, naming the end', () => {
    const { script, diagnostics } = loadScript('actions:\n  - at: 1000000000000s\n    type: end\n', 'hostile.yaml', model);
    expect(script).toBeNull();
    expect(diagnostics).toMatchObject([{ code: 'script_time_out_of_range', line: 2 }]);
  });

  it(`a script of more than ${MAX_LOG_ACTIONS} actions is refused once, not read action by action`, () => {
    const lines = Array.from({ length: MAX_LOG_ACTIONS + 1 }, () => '  - { at: 1m, type: end }');
    expect(codes(`actions:\n${lines.join('\n')}\n`)).toEqual(['script_too_many_actions']);
  });

  it('a byte-order mark in front of a script is read past', () => {
    expect(loadScript('\uFEFFactions:\n  - { at: 40m, type: end }\n', 'bom.yaml', model).script?.actions).toHaveLength(1);
  });
});

describe('durations with other whitespace', () => {
  it.each([
    ['a no-break space', '1h\u00a030m'],
    ['a tab', '1h\t30m'],
    ['a thin space around', '\u2009 1h 30m \u2009'],
  ])('%s between the parts is read as the schema accepts it, never as 0 s', (_name, text) => {
    expect(parseDuration(text)).toBe(90 * 60_000);
    const { model: m, diagnostics } = loadScenario(`${MINIMAL}duration: "${text}"\n`, 'ws.yaml');
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(m?.durationMs).toBe(90 * 60_000);
  });

  it('a scenario with a byte-order mark loads as without one', () => {
    expect(loadScenario('\uFEFF' + MINIMAL, 'bom.yaml').model).toEqual(loadScenario(MINIMAL, 'bom.yaml').model);
  });
});
