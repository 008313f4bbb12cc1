import {
  MalformedRowError,
  parseRoleIdList,
  permissionLevelOrError,
  readDateTime,
  readFlag,
  readInteger,
  readName,
  readOptionalDateTime,
  readOptionalInteger,
  readOptionalText,
  suiteQLDateTimeToIso,
  toPermissionLevel,
} from '../../src/netsuite/rowValues';

/** The message of the error `read` throws. */
function errorOf(read: () => unknown): string {
  try {
    read();
  } catch (thrown) {
    if (thrown instanceof MalformedRowError) return thrown.message;
    throw thrown;
  }
  throw new Error('nothing was thrown');
}

describe('integers', () => {
  it('reads numbers, numeric text (trimmed, negative ids too) and bigints', () => {
    expect([
      readInteger({ id: 12 }, 'id'),
      readInteger({ id: ' -5 ' }, 'id'),
      readInteger({ id: BigInt(7) as never }, 'id'),
    ]).toEqual([12, -5, 7]);
  });

  it('reads empty as null, and refuses it where required', () => {
    expect([readOptionalInteger({ id: null }, 'id'), readOptionalInteger({ id: '' }, 'id')]).toEqual([null, null]);
    expect(errorOf(() => readOptionalInteger({}, 'id'))).toBe('column "id" is missing from NetSuite\'s answer');
    expect(errorOf(() => readInteger({ id: null }, 'id'))).toBe('column "id" holds nothing, expected a whole number');
  });

  it('refuses fractions, unsafe numbers and words, quoting the value', () => {
    expect(errorOf(() => readInteger({ id: 1.5 }, 'id'))).toBe('column "id" holds "1.5", expected a whole number');
    expect(errorOf(() => readInteger({ id: 2 ** 60 }, 'id'))).toBe(
      'column "id" holds "1152921504606847000", expected a whole number',
    );
    expect(errorOf(() => readInteger({ id: (BigInt(2) ** BigInt(60)) as never }, 'id'))).toBe(
      'column "id" holds "1152921504606847000", expected a whole number',
    );
    expect(errorOf(() => readInteger({ id: 'Administrator' }, 'id'))).toBe(
      'column "id" holds "Administrator", expected a whole number',
    );
    expect(errorOf(() => readInteger({ id: true }, 'id'))).toBe('column "id" holds "true", expected a whole number');
  });

  it('cuts a long value at 40 characters in the message', () => {
    expect(errorOf(() => readInteger({ id: 'x'.repeat(41) }, 'id'))).toBe(
      `column "id" holds "${'x'.repeat(40)}…", expected a whole number`,
    );
    expect(errorOf(() => readInteger({ id: 'y'.repeat(40) }, 'id'))).toBe(
      `column "id" holds "${'y'.repeat(40)}", expected a whole number`,
    );
  });

  it('names the type of a value that is not a scalar', () => {
    expect(errorOf(() => readInteger({ id: {} as never }, 'id'))).toBe(
      'column "id" holds "a value of type object", expected a whole number',
    );
  });
});

describe('flags', () => {
  it("reads 'T' and true as checked; 'F', false and empty as unchecked", () => {
    expect(['T', true, 'F', false, null, ''].map((value) => readFlag({ f: value as never }, 'f'))).toEqual([
      true,
      true,
      false,
      false,
      false,
      false,
    ]);
  });

  it('refuses anything else', () => {
    expect(errorOf(() => readFlag({ f: 'Y' }, 'f'))).toBe('column "f" holds "Y", expected \'T\' or \'F\'');
  });
});

describe('text', () => {
  it('trims text, reads blank as null, and gives numbers as text', () => {
    expect([
      readOptionalText({ t: '  Ada ' }, 't'),
      readOptionalText({ t: '   ' }, 't'),
      readOptionalText({ t: 42 }, 't'),
      readOptionalText({ t: BigInt(9) as never }, 't'),
    ]).toEqual(['Ada', null, '42', '9']);
  });

  it('reads an empty name as the empty string', () => {
    expect(readName({ n: null }, 'n')).toBe('');
  });

  it('refuses a checkbox value where text is expected', () => {
    expect(errorOf(() => readOptionalText({ t: true }, 't'))).toBe('column "t" holds "true", expected text');
  });
});

describe('date-times', () => {
  it('converts TO_CHAR text to ISO, trimmed', () => {
    expect(suiteQLDateTimeToIso(' 2026-11-27 08:05:09 ')).toBe('2026-11-27T08:05:09Z');
  });

  it('refuses impossible dates and other shapes', () => {
    expect([
      suiteQLDateTimeToIso('2026-02-30 00:00:00'),
      suiteQLDateTimeToIso('2026-11-27T08:05:09'),
      suiteQLDateTimeToIso('27/11/2026 08:05'),
    ]).toEqual([null, null, null]);
  });

  it('reads empty as null, refuses it where required, and refuses a number', () => {
    expect(readOptionalDateTime({ d: '' }, 'd')).toBeNull();
    expect(errorOf(() => readDateTime({ d: null }, 'd'))).toBe(
      'column "d" holds nothing, expected a date-time \'YYYY-MM-DD HH24:MI:SS\'',
    );
    expect(errorOf(() => readOptionalDateTime({ d: 20261127 }, 'd'))).toBe(
      'column "d" holds "20261127", expected a date-time \'YYYY-MM-DD HH24:MI:SS\'',
    );
  });
});

describe('permission levels', () => {
  it('are the whole numbers 0 to 4', () => {
    expect([-1, 0, 1, 2, 3, 4, 5, '4'].map(toPermissionLevel)).toEqual([null, 0, 1, 2, 3, 4, null, null]);
  });

  it('are read from numbers or numeric text, and refused otherwise', () => {
    expect(permissionLevelOrError({ l: '3' }, 'l')).toBe(3);
    expect(permissionLevelOrError({ l: 5 }, 'l')).toMatchObject({
      name: 'MalformedRowError',
      message: 'column "l" holds "5", expected a permission level 0 to 4',
    });
  });
});

describe('role id lists', () => {
  it('reads comma-separated ids without repeats; empty means none', () => {
    expect(parseRoleIdList('3, 1001,3')).toEqual([3, 1001]);
    expect([parseRoleIdList(null), parseRoleIdList('  ')]).toEqual([[], []]);
  });

  it('is null when an item is not an id', () => {
    expect([parseRoleIdList('3, Administrator'), parseRoleIdList('3, x1001'), parseRoleIdList('1001x, 3')]).toEqual([
      null,
      null,
      null,
    ]);
  });
});
