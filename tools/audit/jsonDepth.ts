/**
 * How deeply a JSON text nests, counted without parsing it (no recursion, no stack to
 * exhaust). A readiness report nests about ten levels; an answer far deeper is not one.
 */

/** Deepest nesting a readiness report this tool reads may have. */
export const MAX_JSON_DEPTH = 64;

/** The deepest level of `[`/`{` nesting in the text, strings skipped. */
export function jsonDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let index = 0; index < text.length; index += 1) {
    const character = text.charCodeAt(index);
    if (inString) {
      if (character === 0x5c) index += 1;
      else if (character === 0x22) inString = false;
    } else if (character === 0x22) inString = true;
    else if (character === 0x5b || character === 0x7b) {
      depth += 1;
      if (depth > deepest) deepest = depth;
    } else if (character === 0x5d || character === 0x7d) depth -= 1;
  }
  return deepest;
}
