// The CodeMirror 6 editor for scenarios: YAML highlighting, the engine's
// diagnostics as lint marks (same codes, positions and hints as `kohu
// validate`, in the studio's language), schema completion and hover help
// (also in the studio's language).
// Two-space indentation, because YAML does not allow tabs.
import { basicSetup } from 'codemirror';
import { EditorState, StateEffect, type Extension, type Text } from '@codemirror/state';
import { EditorView, keymap } from '@codemirror/view';
import { indentWithTab } from '@codemirror/commands';
import { indentUnit } from '@codemirror/language';
import { yaml } from '@codemirror/lang-yaml';
import { linter, lintGutter, type Diagnostic as CmDiagnostic } from '@codemirror/lint';
import type { CompletionContext } from '@codemirror/autocomplete';
import { diagnosticText, type Diagnostic } from '../../../engine/authoring.ts';
import type { Language } from '../../../engine/play.ts';
import { scenarioCompletions } from './completion.ts';
import { scenarioHover } from './hover.ts';
import { reindentOnPaste } from './paste.ts';

/** How long typing must pause before the engine checks the text. */
export const LINT_DELAY_MS = 250;

/** Engine positions are 1-based line:col in UTF-16 units, like CodeMirror's offsets. */
export function offsetOf(doc: Text, line: number, col: number): number {
  if (line > doc.lines) return doc.length;
  const l = doc.line(Math.max(1, line));
  return Math.min(l.to, l.from + Math.max(0, col - 1));
}

export function toCm(doc: Text, d: Diagnostic, lang: Language = 'en'): CmDiagnostic {
  const from = offsetOf(doc, d.line, d.col);
  const to = Math.max(from, offsetOf(doc, d.endLine, d.endCol));
  const { message, hint } = diagnosticText(d, lang);
  return { from, to, severity: d.severity, source: d.code, message: hint ? `${message}\n${hint}` : message };
}

/** Dispatch this to have the lint marks redone, e.g. in another language. */
export const relint = StateEffect.define<null>();

export interface EditorHooks {
  check: (text: string) => Diagnostic[];
  /** The language of the lint messages, completion info and hover help; read each time they are made. */
  lang: () => Language;
  changed: () => void;
  label: string;
}

export function extensions(hooks: EditorHooks): Extension[] {
  const completionData = [{ autocomplete: (context: CompletionContext) => scenarioCompletions(context, hooks.lang()) }];
  return [
    basicSetup,
    yaml(),
    indentUnit.of('  '),
    EditorState.tabSize.of(2),
    keymap.of([indentWithTab]),
    reindentOnPaste,
    EditorView.lineWrapping,
    // One source object for the editor's life: CodeMirror matches running
    // queries to their source by identity, so a fresh function per lookup
    // would leave every completion pending forever.
    EditorState.languageData.of(() => completionData),
    scenarioHover(hooks.lang),
    lintGutter(),
    linter((view) => hooks.check(view.state.doc.toString()).map((d) => toCm(view.state.doc, d, hooks.lang())), {
      delay: LINT_DELAY_MS,
      needsRefresh: (u) => u.transactions.some((tr) => tr.effects.some((e) => e.is(relint))),
    }),
    EditorView.updateListener.of((u) => {
      if (u.docChanged) hooks.changed();
    }),
    EditorView.contentAttributes.of({ 'aria-label': hooks.label }),
    theme,
  ];
}

const theme = EditorView.theme({
  '&': { height: '100%', fontSize: '13px', background: 'var(--surface)' },
  '.cm-scroller': { fontFamily: 'var(--mono)', lineHeight: '1.5' },
  '.cm-gutters': { background: 'var(--surface-2)', borderRight: '1px solid var(--border)' },
  '.cm-tooltip.cm-tooltip-hover': { maxWidth: '420px' },
  '.kohu-hover': { padding: '6px 9px', fontFamily: 'var(--font)', fontSize: '13px', lineHeight: '1.4' },
  '.kohu-hover p': { margin: '4px 0 0', whiteSpace: 'pre-wrap' },
  '.cm-tooltip-autocomplete ul li[aria-selected]': { background: 'var(--accent)', color: '#fff' },
  '.cm-completionInfo': { maxWidth: '360px', fontFamily: 'var(--font)', fontSize: '13px', whiteSpace: 'pre-wrap' },
});
