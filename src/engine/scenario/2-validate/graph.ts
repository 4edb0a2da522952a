// Graph helpers for the phase rules and the condition-cycle rule, written
// with explicit stacks: a generated scenario may chain thousands of phases.
import { touched } from './context.ts';
import type { Context } from './context.ts';
import type { PhaseView } from './view.ts';

export type Edges = ReadonlyMap<string, readonly string[]>;

/** Strongly connected components (Tarjan), each in discovery order; iterative. */
export function components(nodes: readonly string[], edges: Edges): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const result: string[][] = [];
  let counter = 0;
  for (const root of nodes) {
    if (index.has(root)) continue;
    const work: { node: string; next: number }[] = [{ node: root, next: 0 }];
    index.set(root, counter);
    low.set(root, counter++);
    stack.push(root);
    onStack.add(root);
    while (work.length > 0) {
      const frame = work[work.length - 1];
      const targets = edges.get(frame.node) ?? [];
      if (frame.next < targets.length) {
        const target = targets[frame.next++];
        if (!index.has(target)) {
          index.set(target, counter);
          low.set(target, counter++);
          stack.push(target);
          onStack.add(target);
          work.push({ node: target, next: 0 });
        } else if (onStack.has(target)) low.set(frame.node, Math.min(low.get(frame.node)!, index.get(target)!));
        continue;
      }
      work.pop();
      if (work.length > 0) {
        const parent = work[work.length - 1].node;
        low.set(parent, Math.min(low.get(parent)!, low.get(frame.node)!));
      }
      if (low.get(frame.node) === index.get(frame.node)) {
        const component: string[] = [];
        let member: string;
        do {
          member = stack.pop()!;
          onStack.delete(member);
          component.push(member);
        } while (member !== frame.node);
        result.push(component.reverse());
      }
    }
  }
  return result;
}

export function reachableFrom(start: string, edges: Edges): Set<string> {
  const seen = new Set([start]);
  const todo = [start];
  while (todo.length > 0) {
    for (const next of edges.get(todo.pop()!) ?? []) {
      if (seen.has(next)) continue;
      seen.add(next);
      todo.push(next);
    }
  }
  return seen;
}

/** A cycle through `start` inside `members`, as `start → … → start` (breadth-first, so the shortest). */
export function cycleThrough(start: string, members: ReadonlySet<string>, edges: Edges): string[] {
  const previous = new Map<string, string>();
  const queue = [start];
  while (queue.length > 0) {
    const node = queue.shift()!;
    for (const next of edges.get(node) ?? []) {
      if (next === start) {
        const path = [start];
        for (let at = node; at !== start; at = previous.get(at)!) path.splice(1, 0, at);
        return [...path, start];
      }
      if (!members.has(next) || previous.has(next)) continue;
      previous.set(next, node);
      queue.push(next);
    }
  }
  return [start, start];
}

export interface PhaseGraph {
  phases: readonly PhaseView[];
  byId: ReadonlyMap<string, PhaseView>;
  edges: Edges;
  initial: string;
  reachable: ReadonlySet<string>;
}

/**
 * The phases as a graph, or null when it would not be the graph the trainer
 * meant: with schema errors in `phases:`, unknown targets or duplicate ids,
 * reachability and trap findings would only echo those problems.
 */
export function phaseGraph(ctx: Context): PhaseGraph | null {
  const { phases, initial } = ctx.view;
  if (phases.length === 0 || touched(ctx, 'phases', ['id', 'transitions', 'ending']) || touched(ctx, 'initial', [])) return null;
  const byId = new Map(phases.map((p) => [p.id, p]));
  if (byId.size !== phases.length) return null;
  const edges = new Map<string, string[]>();
  for (const phase of phases) {
    const targets = phase.transitions.map((t) => t.to?.id);
    if (targets.some((t) => t === undefined || !byId.has(t))) return null;
    edges.set(phase.id, targets as string[]);
  }
  const start = initial?.id ?? phases[0].id;
  if (!byId.has(start)) return null;
  return { phases, byId, edges, initial: start, reachable: reachableFrom(start, edges) };
}
