import {
  csvLine,
  escapeHtml,
  neutraliseCsvCell,
  printableLines,
  printableText,
  terminalSafeJson,
} from '../../src/render/escape';

describe('escapeHtml', () => {
  it.each([
    ['&', '&amp;'],
    ['<', '&lt;'],
    ['>', '&gt;'],
    ['"', '&quot;'],
    ["'", '&#39;'],
    ['`', '&#96;'],
  ])('escapes %s', (character, entity) => {
    expect(escapeHtml(`a${character}b`)).toBe(`a${entity}b`);
  });

  it('turns terminal control characters (ESC, BEL, C1) into spaces', () => {
    expect(escapeHtml('Evil\u001b[2J\u0007\u009b Co')).toBe('Evil [2J   Co');
  });

  it('keeps tabs and line breaks', () => {
    expect(escapeHtml('a\tb\r\nc')).toBe('a\tb\r\nc');
  });

  it('turns a script tag into inert text', () => {
    expect(escapeHtml('<script>alert(1)</script>')).toBe('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('escapes an ampersand only once, so existing entities stay visible as typed', () => {
    expect(escapeHtml('&lt;')).toBe('&amp;lt;');
  });

  it('leaves ordinary text and non-ASCII names alone', () => {
    expect(escapeHtml('Société Générale – Act-On TBA')).toBe('Société Générale – Act-On TBA');
  });
});

describe('neutraliseCsvCell', () => {
  it.each([
    ['=1+1', "'=1+1"],
    ['+1', "'+1"],
    ['-1', "'-1"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\t=1', "'\t=1"],
    // A carriage return could overwrite a terminal line: it becomes a space, the formula still neutralised.
    ['\r=1', "' =1"],
  ])('shows the formula-like cell %j as text', (cell, expected) => {
    expect(neutraliseCsvCell(cell)).toBe(expected);
  });

  it('turns terminal control characters into spaces, keeping in-cell line breaks', () => {
    expect(neutraliseCsvCell('Evil\u001b[2J\u009b\u0007 Co\nline two')).toBe('"Evil [2J   Co\nline two"');
  });

  it('leaves a plain cell unquoted', () => {
    expect(neutraliseCsvCell('feature.tba')).toBe('feature.tba');
  });

  it('quotes a cell with a comma', () => {
    expect(neutraliseCsvCell('Setup, Company')).toBe('"Setup, Company"');
  });

  it('doubles quotes inside a quoted cell', () => {
    expect(neutraliseCsvCell('detail "InvalidSignature"')).toBe('"detail ""InvalidSignature"""');
  });

  it('quotes a cell holding a line break', () => {
    expect(neutraliseCsvCell('one\ntwo')).toBe('"one\ntwo"');
  });

  it('quotes a neutralised formula that holds quotes, keeping the apostrophe inside the quotes', () => {
    expect(neutraliseCsvCell('=HYPERLINK("http://evil.example")')).toBe('"\'=HYPERLINK(""http://evil.example"")"');
  });

  it('leaves an empty cell empty', () => {
    expect(neutraliseCsvCell('')).toBe('');
  });
});

describe('csvLine', () => {
  it('joins the cells with commas and ends the record with CRLF', () => {
    expect(csvLine(['a', 'b', ''])).toBe('a,b,\r\n');
  });

  it('neutralises and quotes every cell on its own', () => {
    expect(csvLine(['=1+1', 'x, y'])).toBe('\'=1+1,"x, y"\r\n');
  });
});

describe('printableText', () => {
  it('turns a terminal escape sequence into inert text', () => {
    expect(printableText('Evil\u001b[2J Co')).toBe('Evil [2J Co');
  });

  it('makes one space of a run of control characters, line breaks included', () => {
    expect(printableText('a\r\n\tb\u009bc')).toBe('a b c');
  });

  it('leaves ordinary text and non-ASCII names alone', () => {
    expect(printableText('Zoë Åberg – 株式会社')).toBe('Zoë Åberg – 株式会社');
  });
});

describe('printableLines', () => {
  it('keeps line breaks and turns every other control character into a space', () => {
    expect(printableLines('one\u001b[2J\r\ntwo\u009b')).toBe('one [2J\ntwo ');
  });

  it('keeps a line break written without a carriage return', () => {
    expect(printableLines('one\ntwo')).toBe('one\ntwo');
  });
});

describe('terminalSafeJson', () => {
  it('writes DEL and C1 characters as escapes that read back as the same text', () => {
    const json = terminalSafeJson(JSON.stringify({ name: 'a\u009b2Jb\u007f' }));

    expect(json).toBe('{"name":"a\\u009b2Jb\\u007f"}');
    expect((JSON.parse(json) as { name: string }).name).toBe('a\u009b2Jb\u007f');
  });
});

describe('bidirectional and line-separator controls from an account', () => {
  const hostile = 'invoice\u202Etxt.exe\u2066x\u2069 line\u2028break\u2029para\u200Fmark\u061C';

  it.each([
    ['escapeHtml', escapeHtml],
    ['neutraliseCsvCell', neutraliseCsvCell],
    ['printableText', printableText],
    ['printableLines', printableLines],
  ])('never pass %s', (_name, escape) => {
    expect(escape(hostile)).not.toMatch(/[\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/);
  });

  it('are written as \\u escapes in terminal JSON, which a JSON reader decodes back', () => {
    const json = terminalSafeJson(JSON.stringify({ name: hostile }));

    expect(json).not.toMatch(/[\u2028\u2029\u202a-\u202e\u2066-\u2069]/);
    expect((JSON.parse(json) as { name: string }).name).toBe(hostile);
  });
});
