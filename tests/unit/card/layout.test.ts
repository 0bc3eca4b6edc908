import { describe, expect, it } from 'vitest';
import { pickAnchorRect, type RectLike } from '../../../lib/card/layout';

const rect = (left: number, top: number, width: number, height: number): RectLike => ({ left, top, width, height, right: left + width, bottom: top + height });

describe('pickAnchorRect', () => {
  // "Open" at the end of line 1, "AI" at the start of line 2
  const lineEnd = rect(500, 100, 40, 18);
  const lineStart = rect(20, 120, 20, 18);

  it('anchors to the line fragment under the pointer', () => {
    expect(pickAnchorRect([lineEnd, lineStart], { x: 25, y: 128 })).toBe(lineStart);
    expect(pickAnchorRect([lineEnd, lineStart], { x: 510, y: 105 })).toBe(lineEnd);
  });

  it('takes the nearest fragment when the pointer is just outside all of them', () => {
    expect(pickAnchorRect([lineEnd, lineStart], { x: 60, y: 130 })).toBe(lineStart);
  });

  it('takes the first fragment without a pointer (keyboard) and skips empty rects', () => {
    expect(pickAnchorRect([rect(0, 0, 0, 0), lineEnd, lineStart], null)).toBe(lineEnd);
    expect(pickAnchorRect([], { x: 1, y: 1 })).toBeUndefined();
  });
});
