// The words of the synthetic players in the balance report. The expert's
// own texts are only what a scenario does not supply (a reference answer is
// always preferred); the careless player's texts are built to trip every
// honesty marker the analyser knows. tests/unit/balance checks that each
// text reads the way it is meant to.
import type { Language, PostModel, ScenarioModel } from '../model.ts';

interface Words {
  apology: (first: string, company: string) => string;
  correction: (first: string, company: string) => string;
  followUp: (first: string, snippet: string) => string;
  statement: (company: string, snippet: string) => string;
  /** Who signs the expert's statement. */
  signer: string;
  careless: string;
  /** At fault, honest without an apology: regret with a remedy. */
  regretRemedy: (first: string) => string;
  /** An apology spoiled by an excuse: apologises, but is not honest. */
  apologyExcuse: (first: string) => string;
  /** A promise with a deadline of PROMISE_MS, for paths through kept or broken promises. */
  promise: (first: string) => string;
  carelessStatement: (company: string) => string;
  escalationNote: string;
}

export const WORDS: Record<Language, Words> = {
  fi: {
    apology: (first, company) =>
      `Hei ${first}, pyydämme anteeksi. Toimimme väärin, ja hyvitämme asian sinulle. Kiitos, että kerroit tästä meille suoraan.\nt. Pyry / ${company}`,
    correction: (first, company) =>
      `Hei ${first}, ymmärrämme huolesi. Oikea tieto on, että asia on tarkistettu, ja kerromme siitä avoimesti tässä ketjussa.\nt. Pyry / ${company}`,
    followUp: (first, snippet) =>
      `Hei ${first}, vielä viestistäsi ”${snippet}”: asia on nyt hoidettu niin kuin sovimme. Kiitos kärsivällisyydestäsi.\nt. Pyry`,
    statement: (company, snippet) =>
      `${company} pyytää anteeksi. Teimme virheen (”${snippet}”), ja hyvitämme sen asianosaisille. Kerromme tilanteesta avoimesti tällä sivulla sitä mukaa kuin tiedämme enemmän.`,
    signer: 'Toimitusjohtaja',
    careless:
      'Pahoittelemme, jos koit asian noin, mutta ohjeistuksemme mukaan toimittiin oikein. Väitteesi ei pidä paikkaansa, ja vika oli alihankkijan. Takaamme, ettei tämä toistu koskaan.',
    carelessStatement: (company) =>
      `${company} pahoittelee aiheutunutta mielipahaa. Kyse oli alihankkijan virheestä. Takaamme, ettei vastaavaa tapahdu koskaan enää.`,
    escalationNote: 'Tilanne vaatii tätä tasoa.',
    regretRemedy: (first) => `Hei ${first}, pahoittelemme tätä. Hyvitämme asian sinulle.\nt. Pyry`,
    apologyExcuse: (first) => `Hei ${first}, pyydämme anteeksi, mutta ohjeistuksemme mukaan toimittiin oikein.\nt. Pyry`,
    promise: (first) => `Hei ${first}, soitamme sinulle 20 minuutin kuluessa.\nt. Pyry`,
  },
  en: {
    apology: (first, company) =>
      `Hi ${first}, we apologise. We got this wrong, and we will make it right and refund you. Thank you for telling us directly.\nBest, Pyry / ${company}`,
    correction: (first, company) =>
      `Hi ${first}, we understand your concern. The facts are that this has been checked, and we are sharing what we know openly in this thread.\nBest, Pyry / ${company}`,
    followUp: (first, snippet) =>
      `Hi ${first}, about your message "${snippet}": it has now been handled as we agreed. Thank you for your patience.\nBest, Pyry`,
    statement: (company, snippet) =>
      `${company} apologises. We got this wrong ("${snippet}"), and we will make it right with everyone affected. We will share what we know openly on this page as we learn more.`,
    signer: 'Managing director',
    careless:
      "We're sorry if you feel that way, but per policy our staff acted correctly. Your claim is not true, and the fault was our subcontractor's. We guarantee this will never happen again.",
    carelessStatement: (company) =>
      `${company} regrets any inconvenience caused. This was our subcontractor's error. We guarantee it will never happen again.`,
    escalationNote: 'The situation calls for this level.',
    regretRemedy: (first) => `Hi ${first}, apologies for this. We will refund you.\nBest, Pyry`,
    apologyExcuse: (first) => `Hi ${first}, we apologise, but per policy our staff acted correctly.\nBest, Pyry`,
    promise: (first) => `Hi ${first}, we'll call you within 20 minutes.\nBest, Pyry`,
  },
};

export const PROMISE_MS = 20 * 60_000;

/** The first words of a post, to make each follow-up personal (and not a copy of the last one). */
export function snippet(post: PostModel, words = 8): string {
  const all = post.text.replace(/\s+/g, ' ').trim().split(' ');
  return all.slice(0, words).join(' ') + (all.length > words ? '…' : '');
}

export function firstNameOf(name: string): string {
  return name.trim().split(/\s+/)[0] ?? name;
}

/** The expert's public statement: about the crisis's opening post, and signed, so it informs and answers as a person. */
export function expertStatement(model: ScenarioModel, w: Words): { text: string; signedBy: string } {
  const first = model.phases.find((ph) => ph.id === model.initial)?.posts[0]?.post;
  const opening = model.posts.find((p) => p.id === first) ?? model.posts[0];
  return { text: w.statement(model.company, opening ? snippet(opening) : ''), signedBy: w.signer };
}
