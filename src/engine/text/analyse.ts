// The reply analyser: markers with exact ranges, promises with deadlines and
// normalised tokens. It only describes the text; judging it against the
// facts is judge.ts's job and scoring it is the rules'.
import type { Language } from '../model.ts';
import type { AnalysisContext, MarkerKind, MarkerMatch, TextAnalysis, TextRange } from './types.ts';
import { lexiconFor, type CompiledLexicon, type Lexicon } from './lexicon.ts';
import { EN } from './markers-en.ts';
import { FI } from './markers-fi.ts';
import { contains, findAll, overlaps } from './pattern.ts';
import { findPromises, negatedPromises } from './promises.ts';
import { NAME_TOKEN } from './similarity.ts';
import { sentenceAt, sentences, tokenise, type Sentence, type Token } from './tokenise.ts';
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

// After "but", these say what the clause does instead of taking the apology
// back: "mutta olemme peruneet ne" (an act), "but you were told" (an attack).
const BUT_TURNS_TO: ReadonlySet<MarkerKind> = new Set(['remedy', 'action', 'arguing', 'denial', 'correction', 'excuse']);

/**
 * "mutta"/"but" in an apology's sentence or the next one, after the apology, is
 * an excuse, unless the rest of its sentence is already read as something else.
 */
function butAfterApology(
  text: string,
  tokens: readonly Token[],
  markers: MarkerMatch[],
  sents: readonly Sentence[],
  butWords: ReadonlySet<string>,
): MarkerMatch[] {
  const apologies = markers.filter((m) => APOLOGIES.has(m.kind) || m.kind === 'non_apology');
  if (apologies.length === 0) return [];
  return tokens
    .filter((t) => butWords.has(t.word))
    .filter((t) => {
      const s = sentenceAt(sents, t.start);
      if (!apologies.some((a) => a.end <= t.start && s - sentenceAt(sents, a.start) <= 1)) return false;
      const rest = { start: t.end, end: sents[s]?.end ?? text.length };
      return !markers.some((m) => BUT_TURNS_TO.has(m.kind) && contains(rest, m));
    })
    .map((t) => ({ kind: 'excuse' as const, start: t.start, end: t.end, text: text.slice(t.start, t.end) }));
}

/** Blame in any wording: a party and a cue that it caused the trouble, in one sentence. */
function blameMarkers(text: string, sents: readonly Sentence[], lex: CompiledLexicon): MarkerMatch[] {
  const cued = new Set(lex.blame.cues.flatMap((re) => findAll(re, text)).map((c) => sentenceAt(sents, c.start)));
  if (cued.size === 0) return [];
  return lex.blame.parties
    .flatMap((re) => findAll(re, text))
    .filter((p) => cued.has(sentenceAt(sents, p.start)))
    .map((p) => ({ ...p, kind: 'scapegoat' as const }));
}

/** Is the word just before `at` (or the one before it, in the same sentence) a negator: "ei hyvitetä", "can't refund"? */
function negatedAt(tokens: readonly Token[], sents: readonly Sentence[], at: number, negators: ReadonlySet<string>): boolean {
  const s = sentenceAt(sents, at);
  return tokens
    .filter((t) => t.end <= at && sentenceAt(sents, t.start) === s)
    .slice(-2)
    .some((t) => negators.has(t.word));
}

/** From a word that opens a condition ("jos", "if") to the next comma or the end of its sentence. */
function conditionClauses(
  text: string,
  tokens: readonly Token[],
  sents: readonly Sentence[],
  conditionals: ReadonlySet<string>,
): TextRange[] {
  return tokens
    .filter((t) => conditionals.has(t.word))
    .map((t) => {
      const sentenceEnd = sents[sentenceAt(sents, t.start)]?.end ?? text.length;
      const stop = text.slice(t.end, sentenceEnd).search(/[,;:–—]/u);
      return { start: t.start, end: stop < 0 ? sentenceEnd : t.end + stop, text: '' };
    });
}

/** An eye-roll, a smirk, a wink, or scare quotes round the apology word. */
export const SARCASM_CUE = /[🙄🙃😏🤷😉]|(["“”'‘’])\s*(sorry|anteeksi|pahoittel\w*)\s*\1/iu;

/** An apology in a sentence that also attacks, with a sarcastic cue, is no apology: "Sori Tommi, ehkä ensi kerralla… 😉". */
function sarcasticApologies(text: string, markers: MarkerMatch[], sents: readonly Sentence[]): MarkerMatch[] {
  return markers.map((m) => {
    if (!APOLOGIES.has(m.kind)) return m;
    const s = sentenceAt(sents, m.start);
    const sentence = sents[s];
    const attacks = markers.some((o) => o.kind === 'arguing' && sentenceAt(sents, o.start) === s);
    return attacks && sentence && SARCASM_CUE.test(text.slice(sentence.start, sentence.end)) ? { ...m, kind: 'non_apology' as const } : m;
  });
}

export function analyseText(text: string, ctx: AnalysisContext): TextAnalysis {
  const lex = lexiconFor(ctx.language, LEXICONS);
  const sents = sentences(text);
  const words = tokenise(text);
  const found: MarkerMatch[] = [];
  lex.markerSet.forEachMatch(text, (m, i) => {
    if (m[0].length > 0) found.push({ start: m.index, end: m.index + m[0].length, text: m[0], kind: lex.markers[i][0] });
  });
  let markers = mergeSameKind(text, [...found, ...blameMarkers(text, sents, lex)]);
  markers = suppressApologies(markers, sents);
  markers = sarcasticApologies(text, markers, sents);
  // "Lippuja ei hyvitetä", "we can't refund": a remedy said not to happen is none.
  markers = markers.filter((m) => m.kind !== 'remedy' || !negatedAt(words, sents, m.start, lex.negators));
  // "Toimimme ohjeiden mukaisesti" denies; the policy words inside it are not a second, excusing reading.
  markers = markers.filter((m) => m.kind !== 'excuse' || !markers.some((d) => d.kind === 'denial' && contains(d, m)));

  // "We cannot guarantee" is honest, not an over-promise.
  const negated = negatedPromises(text, lex);
  markers = markers.filter((m) => m.kind !== 'over_promise' || !negated.some((n) => overlaps(n, m)));

  // "Once it's sorted, I'll post here" looks ahead; only a claim that it is fixed now is premature.
  markers = markers.filter(
    (m) => m.kind !== 'premature_claim' || !lex.futureClauses.some((re) => re.test(text.slice(Math.max(0, m.start - 24), m.start))),
  );

  const buts = butAfterApology(text, words, markers, sents, lex.butWords).filter(
    (b) => !markers.some((m) => m.kind === 'excuse' && overlaps(m, b)),
  );
  markers.push(...buts);

  const names = findName(text, ctx.customerName).map((r) => ({ ...r, kind: 'name' as const }));
  markers.push(...names);
  const signature = findSignature(text, lex.signOffs, firstName(ctx.customerName));
  if (signature) markers.push({ ...signature, kind: 'signature' });

  const promises = findPromises(text, sents, lex, ctx.language, [
    ...markers.filter((m) => m.kind === 'correction'),
    ...conditionClauses(text, words, sents, lex.conditionals),
  ]);

  // The addressee's name becomes one placeholder token, so that a template
  // sent to Maija and to Pekka still looks like the same template.
  const tokens = words.map((t) => (names.some((n) => overlaps(n, t)) ? NAME_TOKEN : t.word));

  markers.sort((a, b) => a.start - b.start || a.end - b.end || a.kind.localeCompare(b.kind));
  return { language: ctx.language, markers, promises, tokens };
}

/** All markers of the given kinds. */
export const markersOf = (a: TextAnalysis, ...kinds: MarkerKind[]): MarkerMatch[] => a.markers.filter((m) => kinds.includes(m.kind));
export const has = (a: TextAnalysis, kind: MarkerKind): boolean => a.markers.some((m) => m.kind === kind);
