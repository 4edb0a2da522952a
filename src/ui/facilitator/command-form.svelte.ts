// A control-window form that sends one command (a typed post, a note, a
// forced phase): one send at a time, cleared only when the room took it,
// and afterwards the keys are the control window's again, so the next
// Space pauses instead of typing a space.
import type { Ack } from './protocol.ts';

export class CommandForm {
  sending = $state(false);

  async submit(send: () => Promise<Ack>, onok: () => void): Promise<void> {
    if (this.sending) return;
    this.sending = true;
    const ack = await send();
    this.sending = false;
    if (!ack.ok) return;
    onok();
    (document.activeElement as HTMLElement | null)?.blur?.();
  }
}
