// The reply analyser: markers with exact ranges, promises with deadlines and
// normalised tokens. It only describes the text; judging it against the
// facts is judge.ts's job and scoring it is the rules'.
import type { Language } from '../model.ts';
import type { AnalysisContext, MarkerKind, MarkerMatch, TextAnalysis } from './types.ts';
import { lexiconFor, type Lexicon } from './lexicon.ts';
import { EN } from './markers-en.ts';
import { FI } from './markers-fi.ts';
import { contains, overlaps } from './pattern.ts';
import { findPromises, negatedPromises } from './promises.ts';
import { NAME_TOKEN } from './similarity.ts';
import { sentenceAt, sentences, tokenise, type Sentence } from './tokenise.ts';
import { findName, findSignature, firstName } from './voice.ts';

export const LEXICONS: Record<Language, Lexicon> = { fi: FI, en: EN };

const APOLOGIES: ReadonlySet<MarkerKind> = new Set(['apology', 'weak_apology']);
// An apology overlapping one of these is not an apology: "emme pyydä
// anteeksi" (negation), "sorry if" (non-apology), "sorry to hear" (concern).
const CANCELS_APOLOGY: ReadonlySet<MarkerKind> = new Set(['negation', 'non_apology', 'concern']);

/**
 * Overlapping matches of one kind become one range: "pyydämme anteeksi"
 * swallows "anteeksi", and "sorry if" + "if you feel offended" become
 * "sorry if you feel offended".
 */
function mergeSameKind(text: string, markers: MarkerMatch[]): MarkerMatch[] {
  const out: MarkerMatch[] = [];
  for (const m of [...markers].sort((a, b) => a.start - b.start || b.end - a.end)) {
    const prev = [...out].reverse().find((o) => o.kind === m.kind);
    if (prev && overlaps(prev, m)) {
      prev.end = Math.max(prev.end, m.end);
      prev.text = text.slice(prev.start, prev.end);
    } else out.push({ ...m });
  }
  return out;
}

function suppressApologies(markers: MarkerMatch[], sents: readonly Sentence[]): MarkerMatch[] {
  const nonApologySentences = new Set(markers.filter((m) => m.kind === 'non_apology').map((m) => sentenceAt(sents, m.start)));
  const strong = markers.filter((m) => m.kind === 'apology');
  return markers.filter((m) => {
    if (!APOLOGIES.has(m.kind)) return true;
    if (markers.some((o) => CANCELS_APOLOGY.has(o.kind) && overlaps(o, m))) return false;
    // "Pahoittelemme aiheutunutta mielipahaa": the qualifier spoils its whole sentence.
    if (nonApologySentences.has(sentenceAt(sents, m.start))) return false;
    // "Sorry" inside "I'm sorry" is the same apology, not a weaker second one.
    if (m.kind === 'weak_apology' && strong.some((s) => contains(s, m))) return false;
    return true;
  });
}

/** "mutta"/"but" in an apology's sentence or the next one, after the apology, is an excuse. */
function butAfterApology(text: string, markers: MarkerMatch[], sents: readonly Sentence[], butWords: ReadonlySet<string>): MarkerMatch[] {
  const apologies = markers.filter((m) => APOLOGIES.has(m.kind) || m.kind === 'non_apology');
  if (apologies.length === 0) return [];
  return tokenise(text)
    .filter((t) => butWords.has(t.word))
    .filter((t) => {
      const s = sentenceAt(sents, t.start);
      return apologies.some((a) => a.end <= t.start && s - sentenceAt(sents, a.start) <= 1);
    })
    .map((t) => ({ kind: 'excuse' as const, start: t.start, end: t.end, text: text.slice(t.start, t.end) }));
}

export function analyseText(text: string, ctx: AnalysisContext): TextAnalysis {
  const lex = lexiconFor(ctx.language, LEXICONS);
  const sents = sentences(text);
  const found: MarkerMatch[] = [];
  lex.markerSet.forEachMatch(text, (m, i) => {
    if (m[0].length > 0) found.push({ start: m.index, end: m.index + m[0].length, text: m[0], kind: lex.markers[i][0] });
  });
  let markers = mergeSameKind(text, found);
  markers = suppressApologies(markers, sents);

  // "We cannot guarantee" is honest, not an over-promise.
  const negated = negatedPromises(text, lex);
  markers = markers.filter((m) => m.kind !== 'over_promise' || !negated.some((n) => overlaps(n, m)));

  // "Once it's sorted, I'll post here" looks ahead; only a claim that it is fixed now is premature.
  markers = markers.filter(
    (m) => m.kind !== 'premature_claim' || !lex.futureClauses.some((re) => re.test(text.slice(Math.max(0, m.start - 24), m.start))),
  );

  const buts = butAfterApology(text, markers, sents, lex.butWords).filter(
    (b) => !markers.some((m) => m.kind === 'excuse' && overlaps(m, b)),
  );
  markers.push(...buts);

  const names = findName(text, ctx.customerName).map((r) => ({ ...r, kind: 'name' as const }));
  markers.push(...names);
  const signature = findSignature(text, lex.signOffs, firstName(ctx.customerName));
  if (signature) markers.push({ ...signature, kind: 'signature' });

  const promises = findPromises(
    text,
    sents,
    lex,
    ctx.language,
    markers.filter((m) => m.kind === 'correction'),
  );

  // The addressee's name becomes one placeholder token, so that a template
  // sent to Maija and to Pekka still looks like the same template.
  const tokens = tokenise(text).map((t) => (names.some((n) => overlaps(n, t)) ? NAME_TOKEN : t.word));

  markers.sort((a, b) => a.start - b.start || a.end - b.end || a.kind.localeCompare(b.kind));
  return { language: ctx.language, markers, promises, tokens };
}

/** All markers of the given kinds. */
export const markersOf = (a: TextAnalysis, ...kinds: MarkerKind[]): MarkerMatch[] => a.markers.filter((m) => kinds.includes(m.kind));
export const has = (a: TextAnalysis, kind: MarkerKind): boolean => a.markers.some((m) => m.kind === kind);
