// The abstract moves of exploration: each leaf of a phase's conditions
// becomes one "fact atom" the explorer may add (a reply of the asked-for
// kind, a deletion, an escalation…). Adding atoms one at a time covers
// every combination a condition can test without simulating free text.
// Each kind makes its own atom, labelled in English and Finnish
// (engine/conditions/).
import type { PhaseModel } from '../model.ts';
import { atomFor, leaves, type Atom } from '../conditions/index.ts';

export type { Atom };

/** Atoms that can change the outcome of this phase's conditions. */
export function phaseAtoms(phase: PhaseModel): Atom[] {
  const atoms = new Map<string, Atom>();
  for (const t of phase.transitions)
    for (const leaf of t.when ? leaves(t.when) : []) {
      const a = atomFor(leaf);
      if (a) atoms.set(a.key, a);
    }
  return [...atoms.values()];
}
