// Honesty: near-identical replies to different people read as routine and
// backfire (Decock et al. 2020). Word-shingle Jaccard ≥ 0.8 with an earlier
// reply to another persona. Very short replies ("Kiitos!") are left alone:
// there is no template to speak of under six words.
import type { Flag, Rule } from '../types.ts';
import { similarity } from '../../text/similarity.ts';
import { allReplies, personaName } from '../query.ts';

const ID = 'honesty.copy-paste';
export const COPY_PASTE_THRESHOLD = 0.8;
const MIN_TOKENS = 6;

export const copyPaste: Rule = {
  id: ID,
  dimension: 'honesty',
  apply(record) {
    const replies = allReplies(record);
    const out: Flag[] = [];
    replies.forEach((r, i) => {
      if (r.analysis.tokens.length < MIN_TOKENS) return;
      const earlier = replies
        .slice(0, i)
        .find(
          (e) =>
            e.post.by !== r.post.by &&
            e.analysis.tokens.length >= MIN_TOKENS &&
            similarity(e.analysis.tokens, r.analysis.tokens) >= COPY_PASTE_THRESHOLD,
        );
      if (!earlier) return;
      const who = personaName(record, r.post.by);
      const other = personaName(record, earlier.post.by);
      const pct = Math.round(similarity(earlier.analysis.tokens, r.analysis.tokens) * 100);
      out.push({
        id: `${ID}:${r.index}`,
        rule: ID,
        dimension: 'honesty',
        points: -8,
        post: r.post.id,
        at: r.action.at,
        action: r.index,
        matches: [{ start: 0, end: r.action.text.length, text: r.action.text }],
        explain: {
          fi: `${who}: vastaus on ${pct} % sama kuin aiempi vastaus käyttäjälle ${other} – kopioitu vastaus kuulostaa rutiinilta.`,
          en: `${who}: the reply is ${pct}% the same as an earlier reply to ${other} — a copied answer sounds routine.`,
        },
      });
    });
    return out;
  },
};
