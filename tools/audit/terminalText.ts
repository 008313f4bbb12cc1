/**
 * Text from accounts files and remote answers, made safe for a terminal: control characters
 * (which could move the cursor, clear the screen or change colours) become spaces.
 */
export function printableText(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f]+/g, ' ');
}
