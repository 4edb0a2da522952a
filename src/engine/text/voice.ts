// "Answer as a human": the agent's own signature and the customer's name.
// Both are found by code rather than by lexicon, because they depend on
// position (a signature closes the text) and on the context (whose name).
import type { TextRange } from './types.ts';
import { anyCase } from './pattern.ts';

// A capitalised given name, optionally a second capitalised word or initial.
const NAME = "\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]*\\.?)?";
// After the name: ", asiakaspalvelu", "/ Kohu Oy", or a lowercase role word.
const ROLE = '(?:\\s*[,/|–—-]\\s*[^\\n]{1,40}|\\s+\\p{Ll}[^\\n]{0,30})?';

const signatureCache = new Map<readonly string[], RegExp>();

function signatureRegex(signOffs: readonly string[]): RegExp {
  let re = signatureCache.get(signOffs);
  if (!re) {
    const offs = signOffs.map((s) => anyCase(s).replace(/ /g, '\\s*')).join('|');
    // Either a sign-off word ("t.", "Terveisin", "Best,") or a dash/slash
    // right before the name ("– Anna", "/Pyry"); it must close the text.
    re = new RegExp(`(?<![^\\s.!?,])(?:(?:${offs})[\\s,:]*|[-–—/]\\s?)(?:\\p{Ll}[\\p{L}-]*\\s+){0,2}(?<name>${NAME})${ROLE}\\s*$`, 'u');
    signatureCache.set(signOffs, re);
  }
  return re;
}

/**
 * The closing signature, if the text ends with one. A name equal to the
 * customer's first name is not a signature ("Kiitos, Maija" closes a reply
 * to Maija, it does not sign it).
 */
export function findSignature(text: string, signOffs: readonly string[], customerFirst?: string): TextRange | null {
  // Look only at the last two lines: a signature closes the text.
  const trimmedEnd = text.replace(/\s+$/u, '').length;
  const lines = text.slice(0, trimmedEnd).split('\n');
  const tailStart = trimmedEnd - lines.slice(-2).join('\n').length;
  const m = signatureRegex(signOffs).exec(text.slice(tailStart, trimmedEnd));
  if (!m) return null;
  const name = m.groups?.name ?? '';
  if (customerFirst && name.split(/\s+/)[0] === customerFirst) return null;
  const start = tailStart + m.index;
  return { start, end: trimmedEnd, text: text.slice(start, trimmedEnd) };
}

/** The first word of a display name, without a leading @. */
export function firstName(customerName: string | undefined): string | undefined {
  const first = customerName?.trim().replace(/^@/, '').split(/\s+/)[0];
  return first && /^\p{L}{2,}$/u.test(first) ? first : undefined;
}

/**
 * Stems that Finnish case endings attach to: Maija → Maijalle; Pekka → Pekalle
 * (consonant gradation kk→k, pp→p, tt→t); Tuomas → Tuomakselle;
 * Virtanen → Virtaselle. English names just take "'s".
 */
export function nameStems(first: string): string[] {
  const stems = new Set([first]);
  const grad = /([kpt])\1([aeiouyäö])$/u.exec(first);
  if (grad) stems.add(first.slice(0, grad.index) + grad[1] + grad[2]);
  if (/[aeiouyäö]s$/u.test(first)) stems.add(first.slice(0, -1) + 'kse');
  if (/nen$/u.test(first)) stems.add(first.slice(0, -3) + 'se');
  return [...stems];
}

const nameCache = new Map<string, RegExp>();

/** The mentions of one first name in any case form: built once per name, as names recur across a drill. */
function nameRegex(first: string): RegExp {
  let re = nameCache.get(first);
  if (!re) {
    const alts = nameStems(first)
      .sort((a, b) => b.length - a.length)
      .map((s) => {
        // Keep the capital (so the verb "anna" is not the name Anna) unless the
        // display name itself was written in lower case.
        const head = s[0] === s[0].toUpperCase() ? s[0] : `[${s[0]}${s[0].toUpperCase()}]`;
        return head + s.slice(1).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      });
    re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alts.join('|')})(?:['’]s|\\p{Ll}{0,7})(?![\\p{L}\\p{N}])`, 'gu');
    if (nameCache.size >= 1000) nameCache.clear(); // names come from personas: a few per scenario
    nameCache.set(first, re);
  }
  return re;
}

/** Every mention of the customer's first name, in any case form. */
export function findName(text: string, customerName: string | undefined): TextRange[] {
  const first = firstName(customerName);
  if (!first) return [];
  return [...text.matchAll(nameRegex(first))].map((m) => ({ start: m.index, end: m.index + m[0].length, text: m[0] }));
}
