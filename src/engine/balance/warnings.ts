// What the balance report warns about: each check reads the exploration and
// the synthetic runs and says, in the trainer's words, what looks wrong.
// Thresholds are the ones scenarios/README.md's checklist asks for.
import type { Cond, ScenarioModel } from '../model.ts';
import { escalated, isKind, leaves } from '../conditions/index.ts';
import type { BalanceReport, BalanceWarning } from './types.ts';

export const EXPERT_MIN_TOTAL = 85;
export const NOTHING_MAX_TOTAL = 20;
export const CARELESS_MAX = 30;

type Parts = Omit<BalanceReport, 'warnings'>;
const w = (
  code: string,
  severity: BalanceWarning['severity'],
  en: string,
  fi: string,
  about: { phase?: string; post?: string } = {},
): BalanceWarning => ({
  code,
  severity,
  message: { en, fi },
  ...about,
});

export function balanceWarnings(model: ScenarioModel, r: Parts): BalanceWarning[] {
  const out: BalanceWarning[] = [];
  const name = (id: string) => model.phases.find((p) => p.id === id)?.name ?? id;
  const { explore, runs } = r;

  if (!explore.goodEndingReachable)
    out.push(w('balance_no_good_ending', 'warning', 'No path reaches a good ending.', 'Mikään polku ei johda hyvään loppuun.'));
  for (const p of explore.phases.filter((x) => !x.reachable)) {
    const level = model.phases.find((x) => x.id === p.id)?.callsFor ?? 0;
    out.push(
      level > 0
        ? w(
            'balance_phase_unreachable',
            'warning',
            `Phase “${p.name}” calls for level ${level}, but nothing leads there.`,
            `Vaihe ”${p.name}” vaatii tasoa ${level}, mutta mikään ei johda sinne.`,
            { phase: p.id },
          )
        : w('balance_phase_unreachable', 'warning', `Nothing leads to phase “${p.name}”.`, `Mikään ei johda vaiheeseen ”${p.name}”.`, {
            phase: p.id,
          }),
    );
  }
  for (const id of explore.deadEnds)
    out.push(
      w(
        'balance_dead_end',
        'warning',
        `Phase “${name(id)}” is a dead end: no transition leads out and it is not an ending.`,
        `Vaihe ”${name(id)}” on umpikuja: siitä ei pääse pois, eikä se ole loppu.`,
        { phase: id },
      ),
    );
  for (const id of explore.postsNeverAppearing)
    out.push(
      w(
        'balance_post_never_appears',
        'warning',
        `Post \`${id}\` can never appear: no phase lists it and it is not a reserve post.`,
        `Viesti \`${id}\` ei voi koskaan ilmestyä: mikään vaihe ei listaa sitä, eikä se ole varaviesti.`,
        { post: id },
      ),
    );
  if (explore.truncated)
    out.push(
      w(
        'balance_truncated',
        'info',
        'The exploration stopped at its limit; reachability may be incomplete.',
        'Haku pysähtyi rajaansa; saavutettavuus voi olla vajaa.',
      ),
    );

  escalationNotes(model, r, out);

  const ex = runs.expert;
  if (ex.ending?.kind !== 'good')
    out.push(
      w(
        'balance_expert_not_good',
        'warning',
        `The expert's reference answers do not reach a good ending (the run ends ${ex.ending ? `in “${name(ex.ending.phase)}”` : 'without an ending'}).`,
        `Asiantuntijan mallivastauksilla ei päästä hyvään loppuun (ajo päättyy ${ex.ending ? `vaiheeseen ”${name(ex.ending.phase)}”` : 'ilman loppua'}).`,
      ),
    );
  if (ex.scores.total < EXPERT_MIN_TOTAL)
    out.push(
      w(
        'balance_expert_low',
        'warning',
        `The expert's reference answers score ${ex.scores.total}, below ${EXPERT_MIN_TOTAL}.`,
        `Asiantuntijan mallivastaukset saavat ${ex.scores.total} pistettä, alle ${EXPERT_MIN_TOTAL}.`,
      ),
    );
  if (ex.rejected > 0)
    out.push(
      w(
        'balance_expert_refused',
        'info',
        `${ex.rejected} of the expert's actions were refused (a post had not appeared or was gone).`,
        `Asiantuntijan toimista ${ex.rejected} hylättiin (viesti ei ollut vielä ilmestynyt tai se oli poistettu).`,
      ),
    );

  const no = runs.nothing;
  if (no.ending?.kind !== 'worst')
    out.push(
      w(
        'balance_nothing_not_worst',
        'warning',
        `Doing nothing does not lead to the worst ending (it ends ${no.ending ? `in the ${no.ending.kind} ending “${name(no.ending.phase)}”` : 'at the time limit without an ending'}).`,
        `Toimettomuus ei johda pahimpaan loppuun (se päättyy ${no.ending ? `loppuun ”${name(no.ending.phase)}”` : 'aikarajaan ilman loppua'}).`,
      ),
    );
  if (no.scores.total > NOTHING_MAX_TOTAL)
    out.push(
      w(
        'balance_nothing_high',
        'warning',
        `Doing nothing scores ${no.scores.total}, more than ${NOTHING_MAX_TOTAL}.`,
        `Toimettomuus saa ${no.scores.total} pistettä, yli ${NOTHING_MAX_TOTAL}.`,
      ),
    );

  const ca = runs.careless;
  for (const d of ['publicness', 'honesty'] as const)
    if (ca.scores[d] > CARELESS_MAX)
      out.push(
        w(
          'balance_careless_high',
          'warning',
          `The careless player scores ${ca.scores[d]} on ${d}, more than ${CARELESS_MAX}.`,
          `Huolimaton pelaaja saa ${d === 'honesty' ? 'rehellisyydestä' : 'julkisuudesta'} ${ca.scores[d]}, yli ${CARELESS_MAX}.`,
        ),
      );

  for (const p of model.posts.filter((x) => x.expectsReply && !x.reserve && !x.referenceAnswer?.trim()))
    out.push(
      w(
        'balance_no_reference',
        'info',
        `Post \`${p.id}\` needs an answer but has no reference_answer; the expert used a plain one.`,
        `Viesti \`${p.id}\` vaatii vastauksen, mutta siltä puuttuu reference_answer; asiantuntija käytti yleisvastausta.`,
        { post: p.id },
      ),
    );
  return out;
}

/** "No path reaches a good ending without escalating", and levels nothing in the crisis reacts to. */
function escalationNotes(model: ScenarioModel, r: Parts, out: BalanceWarning[]): void {
  if (!r.explore.goodEndingReachable) return;
  if (r.withoutEscalation.some((x) => x.below === 1 && !x.goodReachable))
    out.push(
      w(
        'balance_good_needs_escalation',
        'info',
        'No path reaches a good ending without escalating.',
        'Mikään polku ei johda hyvään loppuun ilman eskalointia.',
      ),
    );
  const asked = Math.max(0, ...model.phases.flatMap((p) => p.transitions.map((t) => (t.when ? highestAsked(t.when) : 0))));
  const reachable = new Set(r.explore.phases.filter((p) => p.reachable).map((p) => p.id));
  const seen = new Set<number>();
  for (const p of model.phases) {
    if (p.ending || p.callsFor <= asked || seen.has(p.callsFor) || !reachable.has(p.id)) continue;
    seen.add(p.callsFor);
    out.push(
      w(
        'balance_level_not_needed',
        'info',
        `Phase “${p.name}” calls for level ${p.callsFor}, but no condition asks for escalating that far: the crisis does not react to it, only the score does.`,
        `Vaihe ”${p.name}” vaatii tasoa ${p.callsFor}, mutta mikään ehto ei kysy niin korkeaa eskalointia: kriisi ei reagoi siihen, vain pisteet.`,
        { phase: p.id },
      ),
    );
  }
}

/** The highest escalation level a condition can ask for. */
function highestAsked(c: Cond): number {
  return Math.max(0, ...leaves(c).flatMap((leaf) => (isKind(escalated, leaf) ? [leaf.atLeast] : [])));
}
