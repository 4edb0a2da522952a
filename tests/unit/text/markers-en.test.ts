import { describe, it } from 'vitest';
import { checkCase, type MarkerCase } from './helpers.ts';

const CASES: Record<string, MarkerCase[]> = {
  apology: [
    { text: "We've let you down.", has: [['apology', "We've let you down"]] },
    { text: 'That was our failure.', has: [['apology', 'our failure']] },
    { text: "I'm sorry, Maija.", has: [['apology', "I'm sorry"]], not: ['weak_apology'] },
    { text: 'We are truly sorry.', has: [['apology', 'We are truly sorry']] },
    { text: 'We apologise for the rude service.', has: [['apology', 'We apologise']] },
    { text: 'I apologize.', has: [['apology', 'I apologize']] },
    { text: 'We got this wrong.', has: [['apology', 'We got this wrong']] },
    { text: "That's on us.", has: [['apology', "That's on us"]] },
    { text: 'That’s on us.', has: [['apology', 'That’s on us']] },
    { text: 'We made a mistake.', has: [['apology', 'We made a mistake']] },
    // Sorry for the act, in a few words, is the apology (LABELS.md: "I'm sorry we…").
    { text: 'Sorry about that.', has: [['apology', 'Sorry']], not: ['weak_apology'] },
  ],
  weak_apology: [
    { text: 'Apologies for the delay.', has: [['weak_apology', 'Apologies']], not: ['apology'] },
    { text: 'Our apologies.', has: [['weak_apology', 'Our apologies']] },
    { text: 'We regret the disruption.', has: [['weak_apology', 'We regret']], not: ['apology'] },
  ],
  non_apology: [
    { text: "We're sorry if you feel offended.", has: [['non_apology', 'sorry if you feel offended']], not: ['apology', 'weak_apology'] },
    { text: 'Sorry you feel that way.', has: [['non_apology', 'Sorry you feel']], not: ['weak_apology'] },
    { text: 'We apologise for any inconvenience.', has: [['non_apology', 'apologise for any inconvenience']], not: ['apology'] },
    { text: 'Sorry to anyone who was offended.', has: [['non_apology', 'anyone who was offended']], not: ['weak_apology'] },
  ],
  negation: [
    { text: 'We do not apologise.', has: [['negation', 'We do not apologise']], not: ['apology'] },
    { text: "We won't apologize for that.", has: [['negation', "We won't apologize"]], not: ['apology'] },
    { text: "I'm not sorry.", has: [['negation', 'not sorry']], not: ['apology'] },
    { text: 'We are not sorry at all.', has: [['negation', 'not sorry']], not: ['apology'] },
  ],
  excuse: [
    { text: 'Parcels can be late in busy periods.', has: [['excuse', 'busy periods']] },
    { text: 'Our drivers are extremely busy.', has: [['excuse', 'extremely busy']] },
    { text: 'This was not something we could have prevented.', has: [['excuse', 'not something we could have prevented']] },
    { text: 'Flights were cancelled due to a radar failure.', has: [['excuse', 'due to a radar failure']] },
    { text: 'We cannot comment on staff matters.', has: [['excuse', 'We cannot comment']] },
    { text: "I'm sorry, but we were busy.", has: [['excuse', 'but']] },
    { text: 'We acted per our policy.', has: [['excuse', 'per our policy']] },
    { text: 'It was beyond our control.', has: [['excuse', 'beyond our control']] },
    { text: 'This was an isolated incident.', has: [['excuse', 'isolated incident']] },
    { text: 'It was a misunderstanding.', has: [['excuse', 'misunderstanding']] },
    { text: 'Cheap but good.', has: [], not: ['excuse'] },
  ],
  scapegoat: [
    { text: 'Our subcontractor made an error.', has: [['scapegoat', 'subcontractor']] },
    { text: 'It was a system error.', has: [['scapegoat', 'system error']] },
    { text: 'A new employee was on duty.', has: [['scapegoat', 'new employee']] },
    { text: 'Our internal review is on.', has: [], not: ['scapegoat'] },
  ],
  arguing: [
    {
      text: 'Those allegations are simply false.',
      has: [
        ['arguing', 'Those allegations are simply false'],
        ['denial', 'Those allegations are simply false'],
      ],
    },
    { text: "The guest's order was obviously cold by then.", has: [['arguing', "The guest's order was obviously"]] },
    { text: 'Perhaps read the menu first.', has: [['arguing', 'Perhaps read']] },
    { text: 'Check the size chart next time.', has: [['arguing', 'Check the size chart next time']] },
    { text: 'We are processing your claim today.', has: [], not: ['arguing'] },
    { text: 'You misunderstood the offer.', has: [['arguing', 'You misunderstood']] },
    { text: 'Your claim is baseless.', has: [['arguing', 'Your claim']] },
    { text: 'You are wrong.', has: [['arguing', 'You are wrong']] },
  ],
  denial: [
    { text: 'That story is a lie.', has: [['denial', 'That story is a lie']] },
    { text: 'All our salads are prepared daily.', has: [['denial', 'All our salads are prepared']] },
    { text: 'Our toys are perfectly safe.', has: [['denial', 'are perfectly safe']] },
    { text: 'That is not true.', has: [['denial', 'That is not true']] },
    { text: 'We did nothing wrong.', has: [['denial', 'We did nothing wrong']] },
    { text: 'The burger was made correctly.', has: [['denial', 'made correctly']] },
  ],
  correction: [
    { text: 'Our kitchen is certified organic.', has: [['correction', 'certified']] },
    { text: 'The lab results are published online.', has: [['correction', 'lab results are published']] },
    { text: 'It is in clause 3 of the contract.', has: [['correction', 'clause 3']] },
    { text: 'The facts are these.', has: [['correction', 'The facts are']] },
    { text: 'To set the record straight, we sell fresh meat.', has: [['correction', 'set the record straight']] },
    { text: 'In fact, the meat is fresh.', has: [['correction', 'In fact']] },
    { text: 'The rumour is false.', has: [['correction', 'rumour is false']] },
  ],
  over_promise: [
    { text: 'This will never happen again.', has: [['over_promise', 'never happen again']] },
    { text: 'We guarantee it.', has: [['over_promise', 'We guarantee']] },
    { text: 'We are 100% sure.', has: [['over_promise', '100%']] },
    { text: 'We cannot guarantee a date.', has: [], not: ['over_promise'] },
  ],
  remedy: [
    { text: 'Your next coffee is on the house.', has: [['remedy', 'on the house']] },
    { text: 'Come back for a dinner on us.', has: [['remedy', 'dinner on us']] },
    { text: "That's on us.", has: [['apology', "That's on us"]], not: ['remedy'] },
    { text: "We'd like to make it up to you.", has: [['remedy', 'make it up to you']] },
    { text: "You'll see a £10 credit on your bill.", has: [['remedy', 'credit']] },
    { text: 'Pay by credit card.', has: [], not: ['remedy'] },
    { text: 'The late fee has been waived.', has: [['remedy', 'fee has been waived']] },
    { text: 'We have upgraded your seat.', has: [['remedy', 'upgraded your']] },
    { text: 'Tickets will be accepted on the buses.', has: [['remedy', 'Tickets will be accepted']] },
    { text: 'We will refund your order.', has: [['remedy', 'refund']] },
    { text: 'We will compensate you.', has: [['remedy', 'compensate']] },
    { text: 'Here is a voucher.', has: [['remedy', 'voucher']] },
    { text: 'We will replace it.', has: [['remedy', 'replace']] },
  ],
  concern: [
    { text: "I'm sorry you're having trouble with the app.", has: [['concern', "sorry you're having"]], not: ['apology', 'weak_apology'] },
    { text: 'We understand your frustration.', has: [['concern', 'We understand']] },
    { text: 'We are concerned about this.', has: [['concern', 'We are concerned']] },
    { text: "I'm sorry to hear that.", has: [['concern', 'sorry to hear']], not: ['apology', 'weak_apology'] },
  ],
  signature: [
    { text: 'We will call you.\n– Anna', has: [['signature', '– Anna']] },
    { text: 'Thanks for waiting.\nBest, Anna', has: [['signature', 'Best, Anna']] },
    { text: 'Thanks for waiting.\nRegards, Anna', has: [['signature', 'Regards, Anna']] },
    { text: 'Thanks for waiting.\nKind regards,\nAnna Koski', has: [['signature', 'Kind regards,\nAnna Koski']] },
    { text: 'Thanks, Maija', name: 'Maija Smith', has: [['name', 'Maija']], not: ['signature'] },
  ],
  name: [
    { text: 'Hi Maija, thanks.', name: 'Maija Smith', has: [['name', 'Maija']] },
    { text: "We read Maija's post.", name: 'Maija Smith', has: [['name', "Maija's"]] },
  ],
};

describe('English markers', () => {
  for (const [kind, cases] of Object.entries(CASES)) {
    describe(kind, () => {
      it.each(cases.map((c) => [c.text, c] as const))('%s', (_t, c) => checkCase(c, 'en'));
    });
  }
});
