// Honesty: does the answer to each post fit the facts? (Coombs: rebuild for
// a preventable crisis, inform and show concern for a false rumour.)
//   at fault:     apology 10; weak apology ("pahoittelemme") 6, with a remedy 8; none 0
//   not at fault: correction or concern without apologising 10; apologising 3
// Keyword gaming: an apology with nothing specific — no name, no reference
// to the post, no remedy or promise — earns at most 7. All replies to the
// post count; the best one is scored (a holding reply may come first), but
// an apology for a false rumour anywhere in the thread is what sticks.
import type { PostModel } from '../../model.ts';
import type { TextRange } from '../../text/types.ts';
import { sharedWords } from '../../text/reference.ts';
import type { Flag, Rule, RunRecord } from '../types.ts';
import { quote } from '../explain.ts';
import { personaName, postsNeedingAnswer, repliesTo, type ReplyRef } from '../query.ts';

const ID = 'honesty.apology-fits';
const MAX = 10;
const UNSPECIFIC_CAP = 7;

interface Verdict {
  points: number;
  reply: ReplyRef;
  matches: TextRange[];
  fi: string;
  en: string;
}

const IGNORE_FOR_REFERENCE = new Set(['apology', 'weak_apology', 'non_apology', 'negation', 'concern', 'signature', 'name']);

/** Name, a word from the post, a remedy or a promise: something beyond the formula. */
function specifics(r: ReplyRef, post: PostModel, record: RunRecord): TextRange[] {
  const a = r.analysis;
  const ignore = a.markers.filter((m) => IGNORE_FOR_REFERENCE.has(m.kind));
  return [
    ...a.markers.filter((m) => m.kind === 'name' || m.kind === 'remedy'),
    ...a.promises,
    ...sharedWords(r.action.text, post.text, record.model.language, ignore),
  ].sort((x, y) => x.start - y.start);
}

function atFault(r: ReplyRef, post: PostModel, record: RunRecord): Verdict {
  const of = (k: string) => r.analysis.markers.filter((m) => m.kind === k);
  const apology = of('apology');
  const weak = of('weak_apology');
  const remedy = of('remedy');
  if (apology.length > 0) {
    const spec = specifics(r, post, record);
    if (spec.length === 0) {
      return {
        points: UNSPECIFIC_CAP,
        reply: r,
        matches: apology,
        fi: `anteeksipyyntö (${quote(apology, 'fi')}) ilman mitään täsmällistä – ei nimeä, viittausta valitukseen eikä hyvitystä tai lupausta.`,
        en: `an apology (${quote(apology, 'en')}) with nothing specific — no name, no reference to the complaint, no remedy or promise.`,
      };
    }
    return {
      points: MAX,
      reply: r,
      matches: [...apology, ...spec],
      fi: `anteeksipyyntö teosta (${quote(apology, 'fi')}) ja jotain täsmällistä (${quote(spec.slice(0, 3), 'fi')}).`,
      en: `an apology for the act (${quote(apology, 'en')}) with something specific (${quote(spec.slice(0, 3), 'en')}).`,
    };
  }
  if (weak.length > 0 && remedy.length > 0) {
    return {
      points: 8,
      reply: r,
      matches: [...weak, ...remedy],
      fi: `pahoittelu (${quote(weak, 'fi')}) ja hyvitys (${quote(remedy, 'fi')}), mutta ei suoraa anteeksipyyntöä.`,
      en: `regret (${quote(weak, 'en')}) with a remedy (${quote(remedy, 'en')}), but no outright apology.`,
    };
  }
  if (weak.length > 0) {
    return {
      points: 6,
      reply: r,
      matches: weak,
      fi: `vain pahoittelu (${quote(weak, 'fi')}): heikompi kuin anteeksipyyntö, eikä hyvitystä.`,
      en: `only regret (${quote(weak, 'en')}): weaker than an apology, and no remedy.`,
    };
  }
  return {
    points: 0,
    reply: r,
    matches: of('non_apology'),
    fi: 'yritys oli syyllinen, mutta vastaus ei pyytänyt anteeksi.',
    en: 'the company was at fault but the reply did not apologise.',
  };
}

function notAtFault(replies: ReplyRef[]): Verdict {
  const apologising = replies.find((r) => r.analysis.markers.some((m) => m.kind === 'apology'));
  if (apologising) {
    const ms = apologising.analysis.markers.filter((m) => m.kind === 'apology');
    return {
      points: 3,
      reply: apologising,
      matches: ms,
      fi: `väite oli perätön, mutta vastaus pyysi anteeksi (${quote(ms, 'fi')}); tosiasiat olisi pitänyt oikaista.`,
      en: `the claim was false, yet the reply apologised (${quote(ms, 'en')}); the facts needed correcting instead.`,
    };
  }
  const fitting = replies.find((r) => r.analysis.markers.some((m) => m.kind === 'correction' || m.kind === 'concern'));
  if (fitting) {
    const ms = fitting.analysis.markers.filter((m) => m.kind === 'correction' || m.kind === 'concern');
    return {
      points: MAX,
      reply: fitting,
      matches: ms,
      fi: `perätön väite oikaistiin tai huoli tunnustettiin (${quote(ms, 'fi')}) pyytämättä anteeksi tekoa, jota ei tehty.`,
      en: `the false claim was corrected or the worry acknowledged (${quote(ms, 'en')}) without apologising for something not done.`,
    };
  }
  return {
    points: 0,
    reply: replies[0],
    matches: [],
    fi: 'väite oli perätön, mutta vastaus ei oikaissut tosiasioita eikä tunnustanut huolta.',
    en: 'the claim was false, but the reply neither corrected the facts nor acknowledged the worry.',
  };
}

export const apologyFits: Rule = {
  id: ID,
  dimension: 'honesty',
  apply(record) {
    const out: Flag[] = [];
    for (const { post } of postsNeedingAnswer(record)) {
      const replies = repliesTo(record, post.id);
      if (replies.length === 0) continue; // honesty.unanswered covers silence
      const v = post.companyAtFault
        ? replies.map((r) => atFault(r, post, record)).reduce((best, x) => (x.points > best.points ? x : best))
        : notAtFault(replies);
      const who = personaName(record, post.by);
      out.push({
        id: `${ID}:${post.id}`,
        rule: ID,
        dimension: 'honesty',
        points: v.points,
        max: MAX,
        post: post.id,
        at: v.reply.action.at,
        action: v.reply.index,
        matches: v.matches,
        explain: { fi: `${who}: ${v.fi}`, en: `${who}: ${v.en}` },
      });
    }
    return out;
  },
};
