/**
 * A strict RFC 4180 reader for the tests: reads the CSV the renderer writes back into rows of
 * cells, so tests assert on what a spreadsheet would see. Throws on malformed quoting.
 */
export function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let index = 0;
  const endCell = (): void => {
    row.push(cell);
    cell = '';
  };
  while (index < text.length) {
    const character = text.charAt(index);
    if (character === '"' && cell === '') {
      const closing = quotedEnd(text, index);
      cell = text.slice(index + 1, closing).replace(/""/g, '"');
      index = closing + 1;
      const next = text.charAt(index);
      if (next !== ',' && next !== '\r' && next !== '') throw new Error(`Text after a closing quote at ${index}`);
    } else if (character === ',') {
      endCell();
      index += 1;
    } else if (character === '\r') {
      if (text.charAt(index + 1) !== '\n') throw new Error(`Bare carriage return at ${index}`);
      endCell();
      rows.push(row);
      row = [];
      index += 2;
    } else if (character === '\n') {
      throw new Error(`Bare line feed outside quotes at ${index}`);
    } else {
      cell += character;
      index += 1;
    }
  }
  if (cell !== '' || row.length > 0) throw new Error('The last line does not end with CRLF');
  return rows;
}

/** Index of the quote closing the field opened at `start`. */
function quotedEnd(text: string, start: number): number {
  let index = start + 1;
  while (index < text.length) {
    if (text.charAt(index) === '"') {
      if (text.charAt(index + 1) !== '"') return index;
      index += 2;
    } else {
      index += 1;
    }
  }
  throw new Error(`Unclosed quote opened at ${start}`);
}
