// The debrief's presentation size, as on the big screen: CSS zoom on the
// screen part (not the print report), A− / A+ or the − / + keys,
// remembered. Until chosen it fits the window: about 1200 px of layout, so
// 1.6 on a 1920 px projector, where the smallest text (0.95rem) is 24 px.
//
// The charts undo the zoom on their own box (chart.js sizes its canvas from
// the box it measures, which a zoomed ancestor would make it grow without
// end) and draw their text `zoom` times larger instead.
const KEY = 'kohu:debrief-zoom';
export const ZOOMS = [1, 1.2, 1.4, 1.6, 1.8, 2];

function stored(): number {
  try {
    const z = Number(localStorage.getItem(KEY));
    if (ZOOMS.includes(z)) return z;
  } catch {
    /* not remembered: fit the window */
  }
  return [...ZOOMS].reverse().find((z) => innerWidth / z >= 1150) ?? 1;
}

class Presentation {
  zoom = $state(stored());

  step(dir: 1 | -1): void {
    const i = Math.max(0, ZOOMS.indexOf(this.zoom));
    this.zoom = ZOOMS[Math.max(0, Math.min(ZOOMS.length - 1, i + dir))];
    try {
      localStorage.setItem(KEY, String(this.zoom));
    } catch {
      /* remembered for this page only */
    }
  }
}

export const presentation = new Presentation();
