import { describe, expect, it } from 'vitest';
import { loadScript } from '../../../src/engine/script/load-script.ts';
import { modelOf } from '../../helpers/load.ts';

const model = modelOf('scenarios/shop-video.fi.yaml');
const codes = (text: string) => loadScript(text, 's.yaml', model).diagnostics.map((d) => `${d.line}:${d.col} ${d.code}`);

describe('play scripts', () => {
  it('reads actions with durations, defaults and a seed', () => {
    const { script, diagnostics } = loadScript(
      [
        'seed: 4',
        'actions:',
        '  - { at: 90s, type: reply, post: video, text: Hei }',
        '  - { at: 2m, type: escalate, level: 2 }',
        '  - { at: 1h, type: end }',
      ].join('\n'),
      's.yaml',
      model,
    );
    expect(diagnostics).toEqual([]);
    expect(script?.seed).toBe(4);
    expect(script?.actions).toEqual([
      { type: 'reply', at: 90_000, post: 'video', text: 'Hei', visibility: 'public' },
      { type: 'escalate', at: 120_000, level: 2, note: '' },
      { type: 'end', at: 3_600_000 },
    ]);
  });

  it('accepts a bare list and an empty script', () => {
    expect(loadScript('- { at: 1m, type: mark_read, post: video }', 's.yaml', model).script?.actions).toHaveLength(1);
    expect(loadScript('actions: []', 's.yaml', model).script?.actions).toEqual([]);
  });

  it('reports every problem at once, at its position', () => {
    const text = [
      'actions:',
      '  - { at: 5m, type: reply, post: nope, text: Hei }',
      '  - { at: 4m, type: delete, post: video }',
      '  - { at: soon, type: hide, post: video }',
      '  - { at: 6m, type: dance }',
      '  - { at: 7m, type: escalate, level: 5 }',
      '  - { type: end }',
      '  - { at: 8m, type: reply, post: video, visibility: secret, text: x }',
    ].join('\n');
    expect(codes(text)).toEqual([
      '2:34 script_post_unknown',
      '3:11 script_time_backwards',
      '4:11 script_time_invalid',
      '5:21 script_type_unknown',
      '6:38 script_level_invalid',
      '7:5 script_time_missing',
      '8:53 script_visibility_invalid',
    ]);
  });

  it("gives the YAML front end's diagnostics for broken YAML", () => {
    expect(codes('actions: [')[0]).toMatch(/yaml_syntax/);
    expect(codes('')[0]).toMatch(/input_empty/);
  });
});
