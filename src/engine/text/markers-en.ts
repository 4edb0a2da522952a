// English lexicon; notation in pattern.ts. English barely inflects, so most
// entries are phrases; `@` still covers apologise/apologize/apologised.
import type { Lexicon } from './lexicon.ts';

export const EN: Lexicon = {
  markers: {
    apology: [
      '(i|we) ~apologi[sz]e@',
      "(i'm|i am|we're|we are) ~sorry",
      'accept (our|my) ~apolog@',
      'we (got|have got) (this|it|that) wrong',
      "(that|this|it)('s| is| was) on (us|me)",
      "(we|i)( have|'ve)? made ~mistake@",
      '(our|my) (mistake|fault|error|failure)',
      '(we|i) (messed|screwed) up',
      '(we|i) dropped the ball',
      "(we|i)('ve| have)? let you down",
      // "Sorry for the wait", "sorry about that", "sorry we…": sorry for the act. Sorry to hear,
      // sorry if, sorry you feel are read below and cancel it.
      'sorry',
    ],
    weak_apology: ['(our|my) ~apologies', 'apologies', '(we|i) regret'],
    non_apology: [
      'sorry ~(if|you feel|you felt|you were offended)',
      '(apologi[sz]e@|apologies|regret|sorry) ~(if|for any)',
      'regret any',
      // Sorry for the reader's feelings: "sorry you were disappointed".
      "sorry (that )?you('re| are| were| feel| felt)? ~(disappointed|upset|unhappy|offended|frustrated|dissatisfied|unsatisfied)",
      // To whoever may have been touched by it: "to any customers who may have been affected".
      '(who|that) (may|might) (have )?(been )?(affected|impacted|offended|upset|inconvenienced|disappointed)',
      // "It was never our intention": the act is not owned.
      '(was|is|were) (never|not) (our|my|the) intention',
      "(we|i) (never|did not|didn't) (mean|intend)(ed)? to",
      'no offen[cs]e (was )?(meant|intended)',
      '(for|about) any inconvenience',
      'any inconvenience ~caused',
      '(anyone|those|everyone|all) (who )?(was|were|may have been|might have been|felt|feel|has been|have been) ~offended',
      'if (anyone|you|someone) ~(was|were|felt|feel) ~(offended|upset)',
      'if (we|this|it) ~(offended|upset)',
    ],
    negation: [
      "(i|we) (do not|don't|will not|won't|did not|didn't|cannot|can't|refuse to|have nothing to) ~apologi[sz]e",
      '(not|never) ~sorry',
      'no (need|reason) ~(to )?apologi[sz]e',
      'nothing to apologi[sz]e for',
      'no apolog@',
      "(not|isn't|wasn't) (our|my) (fault|mistake)",
      "(it|this|that) (is not|isn't|was not|wasn't) on us",
    ],
    excuse: [
      '(per|as per) ~policy',
      '(according to|in line with|in accordance with) ~(policy|policies|guidelines|rules|terms)',
      'company policy',
      'beyond (our|my) control',
      'out of (our|my) (hands|control)',
      'isolated (incident|case)',
      'one-off',
      'misunderstanding@',
      'busy (season|period|time)s?',
      '(extremely|very|really|incredibly|so) busy',
      'busiest',
      '(not something|nothing) (that )?we could (have )?(prevented|foreseen|avoided|done)',
      "(could not|couldn't|cannot|can't) have (prevented|foreseen|avoided)",
      'unforeseen',
      'due to (a|an|the)? ~(fault|failure|weather|storm|strike|conditions|circumstances|demand)@',
      "(we|i) (can't|cannot|don't|do not) comment",
      'high (volume|demand)',
      '(unusually|exceptionally) (busy|high)',
      'meant (as|to be) (a )?(joke|light-hearted|humou?r|tongue-in-cheek|banter)',
      '(just|only) (a )?joke',
      // Short staff as the reason.
      'short-staffed|understaffed|staff shortages?|staff sickness|(called|phoned) in sick|off sick',
      // Everyone has it: "like all airlines, we are affected by…".
      '(like|as with) (all|many|most|every|other) (other )?\\p{L}+',
      "(we are|we're|we were|we've been|we have been) (also |all )?(affected|impacted) by",
      'air traffic control',
      '(very|extremely) rare',
      'rare (case|occurrence|incident|event)',
    ],
    scapegoat: [
      'subcontractor@',
      'system (error|glitch|failure|fault)@',
      '(new|junior|temporary) (employee|hire|staff|colleague|trainee|worker)@',
      'interns?',
      'third(-| )party',
      '(our|the) (supplier|courier|partner|contractor|delivery company)@',
      // Someone not really ours: agency, temporary or covering staff; a franchisee.
      '(agency|temp|temporary|relief|locum|seasonal|covering) ~(staff|worker|employee|member of staff|pharmacist|driver|chef|colleague)@',
      '(covering|cover) from (another|a different)',
      'franchisee@',
      'independently (owned|operated)',
      "(manufacturer|supplier|courier|provider|partner)('s)? (fault|error|mistake)",
    ],
    arguing: [
      "you('ve| have)? misunderst(ood|and)",
      // Not an insurance or refund claim being handled ("I've taken ownership of your claim").
      '(?<!(of|on|for|with|process|processing|handle|handling|approve|approved|assess|assessing|review|reviewing|received|submitted)[\\s,;:]+)your (claim|allegation)@',
      // The claim attacked in the third person: "that claim is simply false".
      '(that|this|the|these|those|such) (claim|allegation)s? (is|are|was|were) ~(false|untrue|not true|a lie|lies|baseless|unfounded|nonsense|ridiculous)',
      "(the )?(customer|passenger|guest|client|poster|complainant|user)('s)? ~~(clearly|obviously)",
      'liars?',
      "(is|was|'s|are) (a )?(lie|lies)",
      // Lecturing: "maybe read the conditions next time".
      '(maybe|perhaps) (try )?(read|check)@',
      '(read|check)@ ~~next time',
      "(you're|you are) ~wrong",
      'you claim',
      'your (own )?fault',
      'if you (had )?(read|bothered)',
      "you (clearly|obviously) (did not|didn't|don't|do not)",
      // An eye-roll or a smirk at the reader.
      '[🙄🙃😏]',
      // The complainant's conduct put in public, in the third person: "the passenger was asked three times".
      '(the )?(customer|passenger|guest|client|reviewer|poster|complainant|user|diner)s? (was|were) (asked|told|warned|informed|advised)',
      '(the )?(customer|passenger|guest|client|reviewer|poster|complainant|user|diner)s? ~(refused|failed|forgot|chose|seems to have|seem to have|should have)',
      '(you|he|she|they) (were|was) ~(told|warned|informed|advised|asked) ~(twice|repeatedly|several times|multiple times|clearly|already)',
      "(you're|you are|you were) ~(mistaken|confused|incorrect)",
      'your (complaint|review|post|comment)s? ~(has|have|is|are) ~(no basis|baseless|unfounded|false|nonsense|untrue|ridiculous|misleading)',
      "(can't|cannot|couldn't|unable to|fail to|failed to) (follow|read|understand) (simple|basic|clear)",
      'next time ~~(check|read|look)@',
      '(maybe|perhaps) ~~(check|read|look)@',
    ],
    denial: [
      "(that|this|it)('s| is| was) (simply |just |completely )?(not true|untrue|false)",
      'not true',
      "we (did|have done|'ve done) nothing wrong",
      '(completely|perfectly|entirely|totally) normal',
      '(made|prepared|done|handled) correctly',
      '(acted|behaved|followed) ~(correctly|properly|appropriately|in line with|in accordance with|according to)',
      // "Never" of the act complained of: "we have never sold expired products".
      "(we|i)( have|'ve)? never (\\p{L}+ed|sold|had|done|made|served|charged)",
      "(this|that|it) (did not|didn't|never) happen",
      "(it's|it is|that's|that is|this is) (a )?(fake|hoax|doctored|photoshopped)",
      '(has|have|had) no basis',
      'baseless',
      // "Reports that we are cutting 500 jobs are incorrect."
      '(reports?|claims?|rumou?rs?|posts?|stories|story|screenshots?) that ~~~(is|are|was|were) (incorrect|inaccurate|false|untrue|wrong)',
      "(not|isn't|wasn't) (our|my) (fault|mistake)",
      'there (is|was) no problem',
      '(that|this|the|these|those|such) (claim|allegation|rumou?r|story)s? (is|are|was|were) ~(simply |just |completely )?~(false|untrue|not true|a lie|lies|baseless|unfounded|nonsense)',
      "(that|this|it)('s| is| was) (simply |just |completely )?a lie",
      // A blanket assurance: "all our burgers are cooked fresh", "we check every bag".
      '(all|every) (of )?our \\p{L}+ (is|are) ~(cooked|made|prepared|checked|tested|inspected|handled|served)',
      '(check|inspect|test)s? (every|all|each)',
      '(is|are) (completely |perfectly |totally |entirely )?safe',
    ],
    correction: [
      'the facts are',
      '(set|setting) the record straight',
      'in fact',
      '(the )?correct information',
      'to clarify',
      '(rumou?r|post|story|report)@ ~(is|are|was) ~(false|inaccurate|incorrect|untrue)',
      // A source anyone can check: a certificate, a lab or test result, a clause or page of the terms.
      'certifi@',
      '(independent )?(lab|laboratory|test) (result|report|finding)@',
      '(lab|laboratory) \\p{L}* ~(reported|confirmed|found)',
      '(section|clause|page|paragraph) \\d+',
      '(report|certificate|statement|results?|findings?) (is|are) (linked|available|published|posted|displayed)',
      'misinformation',
      'in reality',
      '(clear|clearing) (this|that|things) up',
      'to be clear',
      'for clarity',
      'actually(?=,? (the|it|our|this|that|there|we|you|all|no|only|a|an)(?![\\p{L}]))',
      // A finding: "tests at 12 sites found no E. coli", "the HSE inspected the site on 3 March and confirmed…".
      '(found|showed|shows|confirmed|detected) no',
      '(tests?|samples?|inspections?|checks?|results?|analysis|analyses|audits?) ~~~(found|showed|confirmed|detected)',
      '(inspected|tested|audited|certified|confirmed|announced|published|reported) ~~~(on|in) (\\d{1,2}(st|nd|rd|th)? (of )?(january|february|march|april|may|june|july|august|september|october|november|december)|(january|february|march|april|may|june|july|august|september|october|november|december) \\d{1,2}|\\d{4})',
      'published (on|in) (our|the) ~(website|site|page|report|results)',
      '(as )?(announced|published|reported|stated|set out) (in|on) (our|the) ~~\\p{L}*(results|report|statement|website|site|accounts|terms)',
      'official ~(notice|statement|figures|results|announcement|recall|website|site|account|page)@',
      '(meets?|met|complies|comply|complied|compliant) ~~(all )?~~(standards|requirements|regulations|rules|guidelines)',
      // Someone else's: "a photo from a different company's kitchen", "taken in 2019".
      'different (brand|company|manufacturer|site|product|model|location|business|store|restaurant|kitchen|country)',
      '(taken|filmed|recorded|posted) (in|on) \\d{4}',
      // One thing, not the other: "a pending authorisation, not a charge".
      '\\p{L}+(,| –| —) not (a|an|the) \\p{L}+',
    ],
    over_promise: [
      'never ~happen ~again',
      'never again',
      'ever (happen )?again',
      "(won't|will not|wont|shan't|shall not) (ever )?happen again",
      '(we|i) ~guarantee',
      'guaranteed',
      '100\\s?%',
      'hundred percent',
    ],
    remedy: [
      'refund@',
      'compensat@',
      'voucher@',
      'replac@',
      'gift card@',
      'money back',
      'free of charge',
      'reimburs@',
      // On the house: "a meal on us" (not "that's on us", which owns the act).
      '(meal|drink|dessert|coffee|round|night|stay|lunch|dinner|breakfast|treat|pizza)s? on (us|the house)',
      'on the house',
      'make (it|this|that) up to you',
      // Money put back: a credit, a charge reversed or waived.
      'credit(ed)?(?! card)',
      '\\p{L}*(charge|fee|payment|transaction)s? (will be |has been |have been |is being |is |was )?(now )?(reversed|cancell?ed|waived|voided|refunded)',
      '(revers|waiv)@ ~(the )?~\\p{L}*(charge|fee|payment|transaction)@',
      // Something better or restored: "upgraded your order", "reinstate your line".
      '(upgrad|reinstat|restor)@ ~your',
      // The rail passenger's remedies: the ticket honoured elsewhere, the delay compensation scheme.
      'tickets?( are| will be)? (now )?accepted',
      'delay repay',
      // The right thing in place of the wrong one: "the correct size", "her correct medication".
      '(the|your|her|his|their) (correct|right) (?!(to|thing|now|away|time|way|information|info|facts|answer|record|place)(?![\\p{L}]))\\p{L}+',
      "(cover|pay for|we'll pay) ~~(costs?|bills?|expenses|fees?)",
      'at no (extra |additional )?(cost|charge)',
      're-?sen[dt]@',
      'corrected (invoice|bill|statement|order|receipt)',
    ],
    premature_claim: [
      "(it|this|that|the (issue|problem|fault|outage|error|bug))('s| is| has been| was| have been) ~(now )?~(fixed|resolved|sorted|solved|over)",
      '(everything|all|services?|the app|payments?) ~(is |are )?~(working|running|back) ~(again|normally|to normal|as normal)',
      'back (up and running|to normal)',
      'no longer (an issue|a problem)',
      // Any subject: "which has now been resolved".
      '(has|have) (now )?been (fixed|resolved|sorted|solved)',
      "(we|i)('ve| have) (now )?(fixed|resolved|sorted|solved|repaired|restored) ~~(the )?~(issue|problem|fault|bug|outage|error|leak|glitch|heating|service|connection)@",
      '(was|were) (now )?(fixed|resolved|repaired|restored)',
      '(working|running|operating) (fine|normally|properly|as (normal|usual|it should|expected))',
      'back (online|open)',
      '(have|has) (heat|heating|power|water|hot water|internet|signal|service|electricity) (back|again)',
    ],
    invite: [
      '(please )?(dm|message|pm|email|e-mail) us',
      '(send|drop) us (a )?(dm|direct message|private message|message|line|note)',
      '(reach out|get in touch) (to|with) us',
      'via (dm|direct message|private message)',
    ],
    action: [
      "(we|i)('re| are| am) (now |already |currently )?(going through|reviewing|investigating|looking into|working|checking|contacting|removing|recalling|refunding|retraining|training|talking|speaking|adding|putting|changing|fixing|cooperating|co-operating|testing|pulling|holding)",
      "(we|i)('ve| have) (now |already )?(\\w+ed|spoken|taken|withdrawn|sent|begun|started|made|put|pulled|given|met|called|written|set up)",
      'there will be',
      '(is|are|has been|have been) (now )?(being )?(investigated|reviewed|removed|recalled|withdrawn|pulled|suspended|added|changed)',
      'our (team|engineers|staff|people|colleagues) (is|are) (\\w+ing)',
    ],
    concern: [
      '(we|i) ~understand',
      "(we're|we are|i'm|i am) ~(concerned|worried)",
      'sorry to hear',
      // Sorry for the reader's state, not for an act: "sorry you're having this trouble".
      "sorry (that )?you('re| are) (having|dealing|experiencing|going through|facing)",
      'sounds (really |so |very )?(frustrating|awful|terrible|annoying|upsetting)',
      'we hear you',
      'take ~seriously',
    ],
  },
  butWords: ['but', 'however'],
  futureClauses: ['once', 'when', 'until', 'till', 'after', 'as soon as', 'if', 'before'],
  conditionals: ['if', 'unless'],
  negators: ['not', 'no', 'never', "can't", 'cannot', "won't", "don't", "doesn't", "didn't", "isn't", "aren't", "wasn't", 'unable'],
  blame: {
    parties: [
      // Another business: "our IT provider's data centre", "our warehouse partner", "the driver".
      "\\p{L}*(supplier|courier|partner|contractor|provider|vendor|manufacturer|carrier|driver|agency|warehouse)s?('s)?",
      // The machine: "due to a technical error".
      'technical (error|glitch|fault|issue|problem)s?',
    ],
    cues: [
      'caused by',
      'due to',
      'because of',
      '(fault|error|mistake)s?',
      '(had|having|has had) ~issues',
      "(didn't|did not|failed to|wasn't|was not|weren't|were not) ~(follow|familiar|trained|aware|deliver|arrive|update|ship)",
      '(misread|mislabel|mis-pick)@',
      '(picked|shipped|packed|sent|handled) by',
      'shipped the wrong',
      'out of our hands',
      '(take it up|contact them) ~directly',
    ],
  },
  signOffs: [
    'kind regards',
    'best regards',
    'warm regards',
    'best wishes',
    'all the best',
    'many thanks',
    'regards',
    'best',
    'cheers',
    'sincerely',
    'thanks',
    'thank you',
    'yours',
  ],
  promises: {
    verbs: [
      "(we|i)('ll| will| shall| are going to| am going to|'re going to|'m going to)( (also|then|now|personally|definitely|certainly|immediately|be sure to|make sure to))? (call|ring|phone|get back|come back|contact|look into|investigate|send|deliver|fix|update|let you know|reach out|follow up|check|email|e-mail|message|dm|text|write|sort|resolve|arrange|be in touch|share|keep you (posted|updated|informed)|make (it|this|things) right|review|publish|inform)",
      'let (me|us) (check|look into|find out)',
      // The present for the future: "we're sending you a replacement".
      "(we|i)('re| are|'m| am) (now )?(sending|refunding|replacing|calling|ringing|arranging|booking|posting|dispatching|issuing|crediting)",
    ],
    // Committing only with a time: "an engineer is due tomorrow", "it should
    // show within 5 working days", "our manager is starting on it right away",
    // "I've booked a call for 4 pm today".
    timed: [
      "(\\p{L}+('s|'re)|is|are) (due|expected|scheduled|booked|set|planned)",
      '(?!you(?![\\p{L}]))\\p{L}+ should (be|arrive|show|reach|land|appear|get|go)',
      'you should (get|receive|see|hear)',
      // The present progressive, not an adjective in -ing ("it's frustrating",
      // "there is nothing"), nor what is going on "right now".
      "(\\p{L}+('s|'re|'m)|is|are|am) (now )?(?!(nothing|something|anything|everything|being|missing|ongoing|amazing|annoying|frustrating|upsetting|disappointing|concerning|confusing|worrying|interesting|exciting|outstanding|pending)(?![\\p{L}]))\\p{L}+ing(?!(\\s+\\S+){0,4}\\s+(right now|at the moment|currently))",
      "(we|i)('ve| have) (booked|scheduled|arranged|set up|asked|escalated|raised|requested|ordered)",
    ],
    openEnded: [
      // Any act in the future tense, by anyone but the reader: "our returns
      // team will contact you", "the manager will ring you", "it will be paid
      // by Friday", "and will do better". Not a negated one ("will not", "will
      // never happen again", an over-promise), nor an obligation.
      "(?!(you|and|but|or|so|then)(?![\\p{L}]))(\\p{L}+('ll| will| shall)|will|shall)( (also|then|now|personally|definitely|certainly|immediately|automatically|be sure to|make sure to|\\p{L}+ly))? (?!(not|never|no|need|have to|be unable|be able|only)(?![\\p{L}]))\\p{L}+",
      // The reader as the one who receives: "you'll receive a refund", "you'll hear from me".
      "you('ll| will)( also)? (receive|get|see|hear|be (contacted|called|refunded|sent|credited|reimbursed|notified))",
      // Delivery to the reader: "your replacement should be with you shortly".
      '(?!you(?![\\p{L}]))\\p{L}+ should (be with you|reach you)',
      // From now on: a commitment to the public.
      '(from now on|going forward|in (the )?future)',
    ],
    negated: [
      "(we|i) (can't|cannot|can not|won't be able to|am not able to|are not able to|are unable to|am unable to) ~(promise|guarantee|commit)",
      'no promises',
      // What usually happens is a description, not a commitment: "refunds usually take 5 days".
      '(usually|normally|typically|generally)',
      // No sooner than: a floor, not a deadline.
      'at the earliest',
    ],
  },
};
