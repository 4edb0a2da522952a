// The rules, in the order the scorecard lists them: by dimension, credits
// before penalties. Adding a rule is adding a file and a line here. Each rule
// charges its own kind of mistake in its own dimension, once: what a reply
// said is read once (honesty.reply-reading), lateness is speed's, privacy and
// removal are publicness's, and the level chosen is escalation's.
import type { Rule } from '../types.ts';
import { firstReply } from './speed-first-reply.ts';
import { replyReading } from './honesty-reply-reading.ts';
import { unanswered } from './honesty-unanswered.ts';
import { promises } from './honesty-promises.ts';
import { copyPaste } from './honesty-copy-paste.ts';
import { firstReplyPublic } from './publicness-first-reply-public.ts';
import { deleteCriticism } from './publicness-delete-criticism.ts';
import { hideCriticism } from './publicness-hide-criticism.ts';
import { publicStatement } from './publicness-public-statement.ts';
import { closeLoop } from './publicness-close-loop.ts';
import { levelReached } from './escalation-level-reached.ts';
import { overEscalation } from './escalation-over-escalation.ts';

export const RULES: readonly Rule[] = [
  firstReply,
  replyReading,
  unanswered,
  promises,
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
  firstReply,
  replyReading,
  unanswered,
  promises,
  copyPaste,
  firstReplyPublic,
  deleteCriticism,
  hideCriticism,
  publicStatement,
  closeLoop,
  levelReached,
  overEscalation,
};
