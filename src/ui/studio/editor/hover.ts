// Hover help in the studio's editor: the language service's hover
// (src/lsp/hover.ts, the same as `kohu lsp` gives other editors) as a
// CodeMirror tooltip, in the studio's UI language read at each hover.
import { hoverTooltip, type Tooltip } from '@codemirror/view';
import type { Language } from '../../../engine/play.ts';
import { hoverHelp } from '../../../lsp/hover.ts';

export function scenarioHover(lang: () => Language = () => 'en') {
  return hoverTooltip((view, pos): Tooltip | null => {
    const help = hoverHelp(view.state.doc.toString(), pos, lang());
    if (!help) return null;
    return {
      pos,
      above: true,
      create: () => {
        const dom = document.createElement('div');
        dom.className = 'kohu-hover';
        const title = document.createElement('strong');
        title.textContent = help.title;
        dom.append(title);
        if (help.body) {
          const body = document.createElement('p');
          body.textContent = help.body;
          dom.append(body);
        }
        return { dom };
      },
    };
  });
}
