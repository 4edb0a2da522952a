// The reply analyser's public face.
export type * from './types.ts';
export { analyseText, markersOf, has, LEXICONS } from './analyse.ts';
export { judgeReply, type ReplyJudgement } from './judge.ts';
export { similarity, shingles, NAME_TOKEN } from './similarity.ts';
export { tokenise, sentences, type Token, type Sentence } from './tokenise.ts';
export { sharedWords } from './reference.ts';
export { findPromises } from './promises.ts';
export { findName, findSignature, firstName, nameStems } from './voice.ts';
export { compilePattern } from './pattern.ts';
export { readReply, gradeAtLeast, GRADES, type Reading, type ReadingContext, type Grade } from './reading.ts';
export {
  findDeadlines,
  resolveDue,
  namesPastDate,
  parseWallTime,
  formatWallTime,
  type DeadlineSpec,
  type DeadlineHit,
} from './deadlines.ts';
