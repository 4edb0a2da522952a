// The Fullscreen API behind one toggle, with a reactive "is it on" for the
// button's label (the browser can also leave fullscreen on Esc).
class Fullscreen {
  on = $state(false);
  private listening = false;

  get supported(): boolean {
    return typeof document !== 'undefined' && !!document.documentElement.requestFullscreen;
  }

  listen(): () => void {
    if (this.listening) return () => {};
    this.listening = true;
    const update = () => (this.on = document.fullscreenElement !== null);
    update();
    document.addEventListener('fullscreenchange', update);
    return () => {
      this.listening = false;
      document.removeEventListener('fullscreenchange', update);
    };
  }

  toggle(): void {
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => {});
    else void document.documentElement.requestFullscreen?.().catch(() => {});
  }
}

export const fullscreen = new Fullscreen();
