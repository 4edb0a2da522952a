// The scenario as a graph: phases are boxes, transitions are arrows, laid
// out by dagre. Pure (no DOM), so the benchmark can time it in Node and the
// studio can keep the last good layout while the text has errors.
import dagre from '@dagrejs/dagre';
import {
  describeCond,
  formatDuration,
  isActionCond,
  type Language,
  type ScenarioModel,
  type TransitionModel,
} from '../../../engine/play.ts';

export type EdgeKind = 'timer' | 'action' | 'condition' | 'guarded';

export interface DiagramNode {
  id: string;
  name: string;
  x: number; // centre
  y: number;
  w: number;
  h: number;
  level: number;
  ending?: 'good' | 'bad' | 'worst';
  initial: boolean;
  posts: number;
  line?: number;
  description?: string;
}

export interface DiagramEdge {
  id: string;
  from: string;
  to: string;
  kind: EdgeKind;
  /** Short label on the arrow, and the full text for its tooltip. */
  label: string;
  title: string;
  points: { x: number; y: number }[];
  labelX: number;
  labelY: number;
  labelW: number;
  line?: number;
}

export interface DiagramLayout {
  width: number;
  height: number;
  nodes: DiagramNode[];
  edges: DiagramEdge[];
}

export const NODE_W = 200;
export const NODE_H = 64;
const LABEL_MAX = 30;
const CHAR_W = 6.4; // at the 11px label font
const LABEL_H = 18;

/** A transition's own condition is a trainee action when it is one plain move, not a named or combined condition. */
export function edgeKind(t: TransitionModel): EdgeKind {
  if (t.afterMs !== undefined) return t.when ? 'guarded' : 'timer';
  return t.when && isActionCond(t.when) ? 'action' : 'condition';
}

/** The arrow's words, in the studio's language: the timer's duration and/or the condition's name or description. Timers get a clock icon in the drawing. */
export function edgeText(t: TransitionModel, lang: Language = 'en'): string {
  const timer = t.afterMs !== undefined ? formatDuration(t.afterMs) : '';
  const cond = t.when ? describeCond(t.when, lang) : '';
  return timer && cond ? `${timer} ${lang === 'fi' ? 'jos' : 'if'} ${cond}` : timer || cond;
}

/** Room for the clock icon before a timer's label. */
export const ICON_W = 14;

let last: { key: string; layout: DiagramLayout } | null = null;

/**
 * The layout, recomputed only when the graph's shape changes: most
 * keystrokes edit texts, and dagre is the slowest step of the studio's
 * feedback. What is drawn inside the boxes and the source lines are
 * refreshed every time.
 */
export function layoutCached(model: ScenarioModel, lang: Language = 'en'): DiagramLayout {
  const key = shapeKey(model, lang);
  if (last?.key !== key) last = { key, layout: layoutScenario(model, lang) };
  const phases = new Map(model.phases.map((p) => [p.id, p]));
  const layout = last.layout;
  return {
    ...layout,
    nodes: layout.nodes.map((n) => {
      const p = phases.get(n.id)!;
      return {
        ...n,
        name: p.name,
        level: p.callsFor,
        ending: p.ending,
        posts: p.posts.length,
        line: p.source?.line,
        description: p.description,
      };
    }),
    edges: layout.edges.map((e) => {
      const [phase, i] = e.id.split('#');
      const t = phases.get(phase)!.transitions[Number(i)];
      const text = edgeText(t, lang);
      return { ...e, line: t.source?.line, title: t.note ? `${text} — ${t.note}` : text };
    }),
  };
}

/** What dagre's result depends on: boxes have a fixed size, so names, levels and endings are not in it; arrow labels (in their language) are. */
export function shapeKey(model: ScenarioModel, lang: Language = 'en'): string {
  return JSON.stringify([model.initial, model.phases.map((p) => [p.id, p.transitions.map((t) => [t.to, edgeKind(t), edgeText(t, lang)])])]);
}

export function layoutScenario(model: ScenarioModel, lang: Language = 'en'): DiagramLayout {
  const g = new dagre.graphlib.Graph({ multigraph: true });
  g.setGraph({ rankdir: 'TB', nodesep: 36, ranksep: 56, edgesep: 18, marginx: 16, marginy: 16 });
  g.setDefaultEdgeLabel(() => ({}));
  for (const p of model.phases) g.setNode(p.id, { width: NODE_W, height: NODE_H });
  const edges: Omit<DiagramEdge, 'points' | 'labelX' | 'labelY'>[] = [];
  for (const p of model.phases)
    p.transitions.forEach((t, i) => {
      const full = edgeText(t, lang);
      const label = full.length > LABEL_MAX ? `${full.slice(0, LABEL_MAX - 1)}…` : full;
      const id = `${p.id}#${i}`;
      const labelW = Math.ceil(label.length * CHAR_W) + 10 + (t.afterMs !== undefined ? ICON_W : 0);
      edges.push({
        id,
        from: p.id,
        to: t.to,
        kind: edgeKind(t),
        label,
        title: t.note ? `${full} — ${t.note}` : full,
        labelW,
        line: t.source?.line,
      });
      g.setEdge(p.id, t.to, { width: labelW, height: LABEL_H, labelpos: 'c' }, id);
    });
  dagre.layout(g);
  const graph = g.graph();
  return {
    width: Math.ceil(graph.width ?? 0),
    height: Math.ceil(graph.height ?? 0),
    nodes: model.phases.map((p) => {
      const n = g.node(p.id);
      return {
        id: p.id,
        name: p.name,
        x: n.x ?? 0,
        y: n.y ?? 0,
        w: NODE_W,
        h: NODE_H,
        level: p.callsFor,
        ...(p.ending && { ending: p.ending }),
        initial: p.id === model.initial,
        posts: p.posts.length,
        line: p.source?.line,
        ...(p.description && { description: p.description }),
      };
    }),
    edges: edges.map((e) => {
      const l = g.edge({ v: e.from, w: e.to, name: e.id }) as { points?: { x: number; y: number }[]; x?: number; y?: number };
      return { ...e, points: (l.points ?? []).map((pt) => ({ x: pt.x, y: pt.y })), labelX: l.x ?? 0, labelY: l.y ?? 0 };
    }),
  };
}

/** A phase name in at most two lines of about `width` characters, the second shortened if need be. */
export function nameLines(name: string, width = 18): string[] {
  const words = name.trim().split(/\s+/);
  const lines: string[] = [''];
  for (const w of words) {
    const last = lines[lines.length - 1];
    if (!last || last.length + 1 + w.length <= width) lines[lines.length - 1] = last ? `${last} ${w}` : w;
    else lines.push(w);
  }
  const out = lines.slice(0, 2).map((l) => (l.length > width ? `${l.slice(0, width - 1)}…` : l));
  if (lines.length > 2 && !out[1].endsWith('…')) out[1] = `${out[1].slice(0, width - 1)}…`;
  return out;
}

/** An SVG path through dagre's points, smoothed as a B-spline (like d3's curveBasis). */
export function edgePath(points: readonly { x: number; y: number }[]): string {
  if (points.length === 0) return '';
  if (points.length < 3) return `M${points.map((p) => `${r(p.x)},${r(p.y)}`).join(' L')}`;
  let d = `M${r(points[0].x)},${r(points[0].y)} L${r((5 * points[0].x + points[1].x) / 6)},${r((5 * points[0].y + points[1].y) / 6)}`;
  for (let i = 1; i < points.length - 1; i++) {
    const [a, b, c] = [points[i - 1], points[i], points[i + 1]];
    d += ` C${r((2 * a.x + b.x) / 3)},${r((2 * a.y + b.y) / 3)} ${r((a.x + 2 * b.x) / 3)},${r((a.y + 2 * b.y) / 3)} ${r((a.x + 4 * b.x + c.x) / 6)},${r((a.y + 4 * b.y + c.y) / 6)}`;
  }
  const [a, b] = [points[points.length - 2], points[points.length - 1]];
  d += ` C${r((2 * a.x + b.x) / 3)},${r((2 * a.y + b.y) / 3)} ${r((a.x + 2 * b.x) / 3)},${r((a.y + 2 * b.y) / 3)} ${r(b.x)},${r(b.y)}`;
  return d;
}

const r = (n: number) => Math.round(n * 10) / 10;
