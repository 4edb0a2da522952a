// `reply: { post: P, … }`: the trainee has replied to post P (follow-ups
// count too), with every quality asked for in one and the same reply.
import { parseDuration } from '../duration.ts';
import type { Grade } from '../text/reading.ts';
import { GRADE_WORDS } from '../text/reading.ts';
import { gradeAdjective, gradeFits, gradeSchema, isHonest } from './grade.ts';
import { defineConditionKind } from './kind.ts';

type Input = {
  post: string;
  public?: boolean;
  honest?: boolean;
  grade?: Grade;
  apology?: boolean;
  within?: string;
  within_target?: boolean;
};
export type ReplyCond = {
  kind: 'reply';
  post: string;
  public?: boolean;
  honest?: boolean;
  grade?: Grade;
  apology?: boolean;
  withinMs?: number;
  withinTarget?: boolean;
};

export const reply = defineConditionKind<Input, ReplyCond>({
  key: 'reply',
  about: {
    en: 'The trainee has replied to a post (with the given qualities).',
    fi: 'Harjoittelija on vastannut viestiin (annetuin ominaisuuksin).',
  },
  schema: (kit) => {
    const { z, d } = kit;
    return z
      .object({
        post: d(kit.Id, { en: 'The post replied to.', fi: 'Viesti, johon vastattiin.' }),
        public: d(z.boolean(), {
          en: 'true: in the public thread; false: by private message.',
          fi: 'true: julkisessa ketjussa; false: yksityisviestillä.',
        }).optional(),
        honest: d(z.boolean(), {
          en: 'The older form of `grade: acceptable`. true: the reply fits the facts (apology where at fault, correction where not, no excuse, arguing or denial), graded at least acceptable; false: a reply graded poor.',
          fi: 'Ehdon `grade: acceptable` vanhempi muoto. true: vastaus sopii tosiasioihin (anteeksipyyntö, kun yritys on syyllinen, oikaisu, kun ei ole; ei tekosyitä, väittelyä eikä kiistämistä) ja on vähintään kelvollinen; false: heikko vastaus.',
        }).optional(),
        grade: gradeSchema(kit, {
          en: 'The reply is graded at least this: good (owns the act or corrects with facts, speaks to this very post, no hedge), acceptable (a thin formula, a holding reply, or one hedge beside a real apology) or poor (any reply).',
          fi: 'Vastauksen arvosana on vähintään tämä: good (hyvä: myöntää teon tai oikaisee tosiasioilla, puhuu juuri tästä viestistä, ei selittelyä), acceptable (kelvollinen: ohut fraasi, välivastaus tai yksi selittely aidon anteeksipyynnön rinnalla) tai poor (heikko: mikä tahansa vastaus).',
        }).optional(),
        apology: d(z.boolean(), { en: 'The reply apologises for the act.', fi: 'Vastauksessa pyydetään anteeksi tekoa.' }).optional(),
        within: d(kit.Duration, {
          en: 'Within this time of the post appearing.',
          fi: 'Tämän ajan kuluessa viestin ilmestymisestä.',
        }).optional(),
        within_target: d(z.boolean(), { en: "Within the post's speed target.", fi: 'Viestin nopeustavoitteen sisällä.' }).optional(),
      })
      .strict();
  },
  compile: (r) => ({
    kind: 'reply',
    post: r.post,
    ...(r.public !== undefined && { public: r.public }),
    ...(r.honest !== undefined && { honest: r.honest }),
    ...(r.grade !== undefined && { grade: r.grade }),
    ...(r.apology !== undefined && { apology: r.apology }),
    ...(r.within !== undefined && { withinMs: parseDuration(r.within) ?? 0 }),
    ...(r.within_target !== undefined && { withinTarget: r.within_target }),
  }),
  references: [{ at: ['post'], to: 'posts' }],
  holds: (c, facts) =>
    facts.replies.some(
      (r) =>
        r.post === c.post &&
        (c.public === undefined || r.public === c.public) &&
        gradeFits(r.grade, c) &&
        (c.apology === undefined || r.apology === c.apology) &&
        (c.withinMs === undefined || r.delayMs <= c.withinMs) &&
        (c.withinTarget === undefined || r.withinTarget === c.withinTarget),
    ),
  describe: (c, lang) => {
    const en = lang === 'en';
    const visibility = c.public === true ? (en ? 'public' : 'julkinen') : c.public === false ? (en ? 'private' : 'yksityinen') : '';
    const q = [
      visibility,
      c.honest ? (en ? 'honest' : 'rehellinen') : '',
      gradeAdjective(c.grade, lang),
      c.apology ? (en ? 'apologising' : 'anteeksipyytävä') : '',
    ]
      .filter(Boolean)
      .join(' ');
    const minutes = c.withinMs !== undefined ? Math.round(c.withinMs / 60000) : 0;
    const w =
      c.withinMs !== undefined
        ? en
          ? ` within ${minutes}m`
          : ` ${minutes} min sisällä`
        : c.withinTarget
          ? en
            ? ' within target'
            : ' tavoiteajassa'
          : '';
    return en ? `${q ? q + ' ' : ''}reply to ${c.post}${w}` : `${q ? q + ' ' : ''}vastaus viestiin ${c.post}${w}`;
  },
  atom: (c) => {
    const pub = c.public ?? true;
    // The weakest reply that still holds: what `grade` asks for, or a good or a poor one for `honest`.
    const grade: Grade = c.grade ?? ((c.honest ?? true) ? 'good' : 'poor');
    const honest = isHonest(grade);
    const apology = c.apology ?? honest;
    const quality = c.grade ? `g-${grade}` : honest ? 'h' : 'd';
    const word = c.grade ? GRADE_WORDS[grade] : honest ? { en: 'honest', fi: 'rehellinen' } : { en: 'dishonest', fi: 'epärehellinen' };
    return {
      key: `reply:${c.post}:${pub ? 'pub' : 'dm'}:${quality}:${apology ? 'a' : 'n'}`,
      post: c.post,
      label: {
        en: `${pub ? 'public' : 'private'} ${word.en} reply to ${c.post}`,
        fi: `${pub ? 'julkinen' : 'yksityinen'} ${word.fi} vastaus viestiin ${c.post}`,
      },
      add: (f) =>
        void f.replies.push({ post: c.post, at: f.now, public: pub, grade, apology, delayMs: c.withinMs ?? 0, withinTarget: true }),
    };
  },
  action: true,
});
