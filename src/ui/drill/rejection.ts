// A refused action, said in the UI language: the engine's rejection code
// mapped to a message (the engine's own message is English only).
import { MAX_TEXT_CHARS, type Rejection } from '../../engine/play.ts';
import { t, type MessageKey } from '../shared/i18n/index.svelte.ts';

export function refusal(r: Rejection): string {
  const key = `reject.${r.code}` as MessageKey;
  const said = t(key, { max: MAX_TEXT_CHARS });
  return t('composer.rejected', { message: said === key ? r.message : said });
}
