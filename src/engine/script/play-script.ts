// A loaded play script run through a session: every action the drill
// refuses becomes a diagnostic at the script line that asked for it.
import type { Diagnostic } from '../scenario/diagnostics.ts';
import type { ScenarioModel } from '../model.ts';
import { Session } from '../run/session.ts';
import { rangeOf } from '../scenario/1-parse/node-at.ts';
import { scriptDiagnostic } from './diagnostics.ts';
import type { Script } from './load-script.ts';

export function playScript(model: ScenarioModel, script: Script, seed = script.seed ?? 1): { session: Session; refused: Diagnostic[] } {
  const session = new Session(model, seed);
  const refused: Diagnostic[] = [];
  for (const [i, action] of script.actions.entries()) {
    const outcome = session.apply(action);
    if (!outcome.ok)
      refused.push(
        scriptDiagnostic(script.source, rangeOf(script.nodes[i]), 'script_action_rejected', {
          en: `${outcome.message} (${outcome.code})`,
          fi: `Harjoitus hylkäsi toiminnon: ${outcome.message} (${outcome.code})`,
        }),
      );
  }
  session.advanceTo(model.durationMs);
  return { session, refused };
}
