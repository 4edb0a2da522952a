// The studio's state, held outside the components: the text being edited,
// what the engine says about it (diagnostics, model), the last model that
// compiled (the diagram keeps showing it, marked stale, while the text has
// errors) and the other language's text for the translation check. The
// draft survives a reload (localStorage).
import { loadScenario, type Diagnostic, compareTranslations } from '../../engine/authoring.ts';
import type { ScenarioModel } from '../../engine/play.ts';
import { counterpartOf, loadShipped } from './files/shipped.ts';

const DRAFT = 'kohu:studio-draft';

export class StudioState {
  file = $state('scenario.en.yaml');
  text = $state.raw('');
  diagnostics = $state.raw<Diagnostic[]>([]);
  model = $state.raw<ScenarioModel | null>(null);
  lastGood = $state.raw<ScenarioModel | null>(null);
  /** The other language's file and text, when there is one to compare with. */
  counterpart = $state.raw<{ file: string; text: string } | null>(null);
  /** Milliseconds the last check took (parse, validate, compile, translations). */
  checkMs = $state(0);
  /** The editor's text this moment, set by the editor while it is open. */
  liveText: (() => string) | null = null;
  /** Bumped to make the editor replace its whole text. */
  loaded = $state.raw({ text: '', seq: 0 });
  /** Bumped to move the editor's cursor. */
  cursor = $state.raw<{ line: number; col: number; seq: number } | null>(null);

  get stale(): boolean {
    return this.model === null && this.lastGood !== null;
  }

  /** Run by the editor's linter after each pause in typing; returns what to underline. */
  check(text: string): Diagnostic[] {
    const t0 = performance.now();
    const { model, diagnostics } = loadScenario(text, this.file);
    let all = diagnostics;
    const other = this.counterpart;
    if (other) {
      const lang = /\.fi\.ya?ml$/.test(this.file) ? 'fi' : 'en';
      const extra =
        lang === 'fi'
          ? compareTranslations(text, this.file, other.text, other.file, 'fi')
          : compareTranslations(other.text, other.file, text, this.file, 'en');
      all = [...diagnostics, ...extra].sort((a, b) => a.line - b.line || a.col - b.col);
    }
    this.checkMs = performance.now() - t0;
    this.text = text;
    this.diagnostics = all;
    this.model = model;
    if (model) this.lastGood = model;
    // Nothing is saved before a file was opened: the editor's first, empty check must not wipe the draft.
    if (this.loaded.seq > 0) saveDraft(this.file, text);
    return all;
  }

  /** Put new text in the editor (a new, opened or shipped file). */
  open(text: string, file: string): void {
    this.file = file;
    this.counterpart = null;
    this.lastGood = null;
    this.loaded = { text, seq: this.loaded.seq + 1 };
    this.check(text);
    const other = counterpartOf(file);
    if (other)
      void loadShipped(other)?.then((t) => {
        if (this.file !== file) return;
        this.counterpart = { file: other, text: t };
        this.check(this.text);
      });
  }

  jumpTo(line: number, col = 1): void {
    this.cursor = { line, col, seq: (this.cursor?.seq ?? 0) + 1 };
  }

  rename(file: string): void {
    this.file = file;
    this.check(this.text);
  }
}

export function loadDraft(): { file: string; text: string } | null {
  try {
    const raw = localStorage.getItem(DRAFT);
    const v = raw ? (JSON.parse(raw) as { file?: unknown; text?: unknown }) : null;
    return v && typeof v.file === 'string' && typeof v.text === 'string' && v.text.trim() ? { file: v.file, text: v.text } : null;
  } catch {
    return null;
  }
}

function saveDraft(file: string, text: string): void {
  try {
    localStorage.setItem(DRAFT, JSON.stringify({ file, text }));
  } catch {
    /* a full or blocked storage only loses the draft */
  }
}
