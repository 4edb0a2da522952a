// Pasting a YAML block after an indentation keeps the block's own shape at the cursor's column.
import { describe, expect, it } from 'vitest';
import { reindentPaste } from '../../../src/ui/studio/editor/paste.ts';

const step = '  - at: 5m\n    post: video\n    text: |\n      Hello\n\n      Bye\n';

describe('reindentPaste', () => {
  it('moves a block copied with its indentation to the cursor, the first line not indented twice', () => {
    expect(reindentPaste(step, '  ')).toBe('- at: 5m\n    post: video\n    text: |\n      Hello\n\n      Bye\n');
    expect(reindentPaste(step, '      ')).toBe('- at: 5m\n        post: video\n        text: |\n          Hello\n\n          Bye\n');
    // At the start of a line, whole lines go in as they were copied.
    expect(reindentPaste(step, '')).toBe(step);
  });

  it('places a block copied from its first character by the shape of its later lines', () => {
    // A list item: its keys one step in.
    expect(reindentPaste('- at: 5m\n      post: video', '  ')).toBe('- at: 5m\n    post: video');
    // A key that opens a block.
    expect(reindentPaste('virality:\n        reach: 40\n        shares: 1', '    ')).toBe('virality:\n      reach: 40\n      shares: 1');
    // Sibling keys.
    expect(reindentPaste('reach: 40\n        shares: 1', '    ')).toBe('reach: 40\n    shares: 1');
  });

  it('takes a single line’s own indentation off too, and leaves a paste in the middle of text alone', () => {
    expect(reindentPaste('  text: hello', '  ')).toBe('text: hello');
    expect(reindentPaste('a\n  b', '  key: ')).toBe('a\n  b');
    expect(reindentPaste('  - a: 1\r\n    b: 2', '  ')).toBe('- a: 1\n    b: 2');
  });
});
