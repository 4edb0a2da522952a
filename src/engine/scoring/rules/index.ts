// The rules, in the order the scorecard lists them: by dimension, credits
// before penalties. Adding a rule is adding a file and a line here.
import type { Rule } from '../types.ts';
import { firstPublicReply } from './speed-first-public-reply.ts';
import { followUpOnTime } from './speed-follow-up-on-time.ts';
import { apologyFits } from './honesty-apology-fits.ts';
import { unanswered } from './honesty-unanswered.ts';
import { nonApology } from './honesty-non-apology.ts';
import { excuse } from './honesty-excuse.ts';
import { scapegoat } from './honesty-scapegoat.ts';
import { arguing } from './honesty-arguing.ts';
import { denial } from './honesty-denial.ts';
import { overPromise } from './honesty-over-promise.ts';
import { brokenPromise } from './honesty-broken-promise.ts';
import { copyPaste } from './honesty-copy-paste.ts';
import { firstReplyPublic } from './publicness-first-reply-public.ts';
import { deleteCriticism } from './publicness-delete-criticism.ts';
import { hideCriticism } from './publicness-hide-criticism.ts';
import { publicStatement } from './publicness-public-statement.ts';
import { closeLoop } from './publicness-close-loop.ts';
import { levelReached } from './escalation-level-reached.ts';
import { overEscalation } from './escalation-over-escalation.ts';

export const RULES: readonly Rule[] = [
  firstPublicReply,
  followUpOnTime,
  apologyFits,
  unanswered,
  nonApology,
  excuse,
  scapegoat,
  arguing,
  denial,
  overPromise,
  brokenPromise,
  copyPaste,
  firstReplyPublic,
  publicStatement,
  closeLoop,
  deleteCriticism,
  hideCriticism,
  levelReached,
  overEscalation,
];

export {
  firstPublicReply,
  followUpOnTime,
  apologyFits,
  unanswered,
  nonApology,
  excuse,
  scapegoat,
  arguing,
  denial,
  overPromise,
  brokenPromise,
  copyPaste,
  firstReplyPublic,
  deleteCriticism,
  hideCriticism,
  publicStatement,
  closeLoop,
  levelReached,
  overEscalation,
};
