// The diagram's layout: one box per phase, one arrow per transition, drawn
// by kind, with the source line to jump to; and laid out again only when
// the graph's shape changes.
import { describe, expect, it } from 'vitest';
import { edgeKind, edgePath, layoutCached, layoutScenario, shapeKey } from '../../../src/ui/studio/diagram/layout.ts';
import { modelOf } from '../../helpers/load.ts';

const model = modelOf('scenarios/shop-video.en.yaml');

describe('layoutScenario', () => {
  const layout = layoutScenario(model);

  it('draws every phase and transition, inside the drawing', () => {
    expect(layout.nodes.map((n) => n.id)).toEqual(model.phases.map((p) => p.id));
    expect(layout.edges).toHaveLength(model.phases.reduce((n, p) => n + p.transitions.length, 0));
    for (const n of layout.nodes) {
      expect(n.x - n.w / 2).toBeGreaterThanOrEqual(0);
      expect(n.y + n.h / 2).toBeLessThanOrEqual(layout.height);
    }
    for (const e of layout.edges) expect(e.points.length).toBeGreaterThanOrEqual(2);
  });

  it('tells timers, actions and conditions apart, with labels and source lines', () => {
    const byId = Object.fromEntries(layout.edges.map((e) => [e.id, e]));
    expect(byId['spark#0']).toMatchObject({ kind: 'action', label: 'video deleted', to: 'viral' });
    expect(byId['spark#1']).toMatchObject({ kind: 'timer', label: '12m', to: 'spreading' });
    expect(byId['spreading#1']).toMatchObject({ kind: 'condition', label: 'contained' });
    expect(byId['spark#1'].title).toMatch(/ordinary customer service is no longer enough/);
    expect(edgeKind({ to: 'x', afterMs: 1000, when: { kind: 'deleted', post: 'a' } })).toBe('guarded');
    expect(layout.nodes.find((n) => n.id === 'reconciled')).toMatchObject({ ending: 'good', level: 2 });
    expect(layout.nodes.find((n) => n.id === 'spark')).toMatchObject({ initial: true, line: model.phases[0].source?.line });
    expect(byId['spark#1'].line).toBe(model.phases[0].transitions[1].source?.line);
  });

  it('is reused while only texts change', () => {
    const first = layoutCached(model);
    const edited = {
      ...model,
      phases: model.phases.map((p) => ({ ...p, description: 'changed', source: p.source && { ...p.source, line: p.source.line + 3 } })),
    };
    expect(shapeKey(edited)).toBe(shapeKey(model));
    const again = layoutCached(edited);
    expect(again.nodes.map((n) => [n.x, n.y])).toEqual(first.nodes.map((n) => [n.x, n.y]));
    expect(again.nodes[0].line).toBe(first.nodes[0].line! + 3);
    const renamed = { ...model, phases: model.phases.map((p, i) => (i === 0 ? { ...p, name: 'Renamed' } : p)) };
    expect(layoutCached(renamed).nodes[0].name).toBe('Renamed');
    const rewired = { ...model, phases: model.phases.map((p, i) => (i === 0 ? { ...p, transitions: p.transitions.slice(1) } : p)) };
    expect(shapeKey(rewired)).not.toBe(shapeKey(model));
  });

  it('draws smooth paths', () => {
    expect(
      edgePath([
        { x: 0, y: 0 },
        { x: 10, y: 10 },
      ]),
    ).toBe('M0,0 L10,10');
    expect(
      edgePath([
        { x: 0, y: 0 },
        { x: 10, y: 10 },
        { x: 20, y: 0 },
      ]),
    ).toMatch(/^M0,0 L.* C.* C.*20,0$/);
  });
});
