// How the channels are laid out in the feed area: as many columns of at
// least MIN_COL px as fit (the rest scroll sideways), or tabs when not even
// two fit; and which channel columns are in view (for "new" badges and
// notices).
const MIN_COL = 300;
const GAP = 8;

export interface FeedLayout {
  tabs: boolean;
  colWidth: number;
}

export function layoutFor(width: number, channels: number): FeedLayout {
  const fit = Math.max(1, Math.floor((width + GAP) / (MIN_COL + GAP)));
  const cols = Math.max(1, Math.min(fit, channels));
  return { tabs: fit < 2 && width < 2 * MIN_COL + 20, colWidth: Math.floor((width - 2 * GAP - GAP * (cols - 1)) / cols) };
}

/** Watch the feed area: its layout on resize, and the channel columns (data-channel) in view. */
export function watchFeed(
  area: HTMLElement,
  channels: number,
  onlayout: (l: FeedLayout) => void,
  oninview: (ids: string[]) => void,
): () => void {
  const resize = new ResizeObserver(() => onlayout(layoutFor(area.clientWidth, channels)));
  resize.observe(area);
  let inView: string[] = [];
  const io = new IntersectionObserver(
    (entries) => {
      for (const e of entries) {
        const id = (e.target as HTMLElement).dataset.channel!;
        inView = inView.filter((x) => x !== id);
        if (e.intersectionRatio >= 0.6) inView.push(id);
      }
      oninview([...inView]);
    },
    { root: area, threshold: [0, 0.6, 1] },
  );
  for (const el of area.querySelectorAll('[data-channel]')) io.observe(el);
  return () => {
    resize.disconnect();
    io.disconnect();
  };
}
