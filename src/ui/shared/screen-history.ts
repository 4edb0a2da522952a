// The browser's back and forward for a single-page app: each screen shown
// gets a history entry with an address, and going back or forward brings
// back the very screen object of that entry while the page lives. Entries
// of an earlier life of the page (before a reload) are found again from
// their address by the caller.
export class ScreenHistory<S> {
  // Bookkeeping, not state: nothing renders from it.
  private readonly visited = new Map<number, S>();
  /** This page's life, to tell its entries from an earlier life's. */
  private readonly page = Math.random();
  private here = 0;
  private entries = 0;

  /** The screen the page opened on, in place of the entry it was opened at. */
  start(screen: S, hash: string): void {
    history.replaceState({ kohu: this.here, page: this.page }, '', hash);
    this.visited.set(this.here, screen);
  }

  /** A screen shown: a new entry, or in place of the current one (always a fresh key: the entry replaced may be another life's). */
  record(screen: S, hash: string, how: 'push' | 'replace'): void {
    this.here = ++this.entries;
    this.visited.set(this.here, screen);
    const state = { kohu: this.here, page: this.page };
    if (how === 'push') history.pushState(state, '', hash);
    else history.replaceState(state, '', hash);
  }

  /** The screen a back or forward step returns to, if this page's life showed it; undefined otherwise. */
  popped(e: PopStateEvent, usable: (s: S) => boolean): S | undefined {
    const st = e.state as { kohu?: number; page?: number } | null;
    const i = st?.page === this.page ? st.kohu : undefined;
    const known = i === undefined ? undefined : this.visited.get(i);
    if (!known || !usable(known)) return undefined;
    this.here = i!;
    return known;
  }
}
