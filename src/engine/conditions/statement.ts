// `statement: true` or `statement: { honest, grade }`: a public statement
// has been published (one that is graded as asked).
import type { Grade } from '../text/reading.ts';
import { GRADE_WORDS } from '../text/reading.ts';
import { gradeAdjective, gradeFits, gradeSchema, isHonest } from './grade.ts';
import { defineConditionKind } from './kind.ts';

export type StatementCond = { kind: 'statement'; honest?: boolean; grade?: Grade };

export const statement = defineConditionKind<boolean | { honest?: boolean; grade?: Grade }, StatementCond>({
  key: 'statement',
  about: { en: 'A public statement has been published.', fi: 'Julkinen tiedote on julkaistu.' },
  schema: (kit) => {
    const { z, d } = kit;
    const honest = d(z.boolean(), {
      en: 'The older form of `grade: acceptable`. true: an honest statement (no non-apology, excuse, scapegoat, arguing or over-promise), graded at least acceptable; false: a statement graded poor.',
      fi: 'Ehdon `grade: acceptable` vanhempi muoto. true: rehellinen tiedote (ei näennäistä anteeksipyyntöä, selittelyä, syyn sysäämistä, väittelyä eikä ylilupaamista), vähintään kelvollinen; false: heikko tiedote.',
    });
    const grade = gradeSchema(kit, {
      en: 'The statement is graded at least this, as a reply is: good (owns the act or corrects with facts, says what is being done, no hedge), acceptable (a thin formula, or one hedge beside a real apology) or poor (any statement).',
      fi: 'Tiedotteen arvosana on vähintään tämä, kuten vastauksenkin: good (hyvä: myöntää teon tai oikaisee tosiasioilla, kertoo mitä tehdään, ei selittelyä), acceptable (kelvollinen: ohut fraasi tai yksi selittely aidon anteeksipyynnön rinnalla) tai poor (heikko: mikä tahansa tiedote).',
    });
    return z.union([z.boolean(), z.object({ honest: honest.optional(), grade: grade.optional() }).strict()]);
  },
  compile: (s) =>
    typeof s === 'boolean'
      ? { kind: 'statement' }
      : { kind: 'statement', ...(s.honest !== undefined && { honest: s.honest }), ...(s.grade !== undefined && { grade: s.grade }) },
  references: [],
  holds: (c, facts) => facts.statements.some((s) => gradeFits(s.grade, c)),
  describe: (c, lang) => {
    const en = lang === 'en';
    const q = [c.honest ? (en ? 'honest' : 'rehellinen') : '', gradeAdjective(c.grade, lang)].filter(Boolean).join(' ');
    return q ? `${q} ${en ? 'statement' : 'tiedote'}` : en ? 'statement published' : 'tiedote julkaistu';
  },
  atom: (c) => {
    const grade: Grade = c.grade ?? ((c.honest ?? true) ? 'good' : 'poor');
    const honest = isHonest(grade);
    const word = c.grade ? GRADE_WORDS[grade] : honest ? { en: 'honest', fi: 'rehellinen' } : { en: 'evasive', fi: 'väistelevä' };
    return {
      key: c.grade ? `stmt:${grade}` : `stmt:${honest}`,
      label: { en: `${word.en} statement`, fi: `${word.fi} tiedote` },
      add: (f) => void f.statements.push({ at: f.now, grade }),
    };
  },
  action: true,
});
