import { crc32, readZipEntries } from '../../tools/sdf/zip-archive';

describe('crc32', () => {
  it('gives the standard check value for "123456789"', () => {
    expect(crc32(Buffer.from('123456789', 'ascii'))).toBe(0xcbf43926);
  });

  it('is 0 for no bytes', () => {
    expect(crc32(Buffer.alloc(0))).toBe(0);
  });
});

/** A one-entry archive with the entry stored uncompressed, as the ZIP specification lays it out. */
function storedArchive(name: string, content: Buffer, recordedCrc = crc32(content)): Buffer {
  const nameBytes = Buffer.from(name, 'utf8');
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(0x0800, 6);
  local.writeUInt32LE(recordedCrc, 14);
  local.writeUInt32LE(content.length, 18);
  local.writeUInt32LE(content.length, 22);
  local.writeUInt16LE(nameBytes.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(0x0800, 8);
  central.writeUInt32LE(recordedCrc, 16);
  central.writeUInt32LE(content.length, 20);
  central.writeUInt32LE(content.length, 24);
  central.writeUInt16LE(nameBytes.length, 28);
  const centralOffset = local.length + nameBytes.length + content.length;
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(central.length + nameBytes.length, 12);
  end.writeUInt32LE(centralOffset, 16);
  return Buffer.concat([local, nameBytes, content, central, nameBytes, end]);
}

describe('readZipEntries', () => {
  it('reads a stored entry with its name and content', () => {
    const archive = storedArchive('Objects/customscript_acton_readiness.xml', Buffer.from('<suitelet/>'));

    expect(readZipEntries(archive)).toEqual([
      { name: 'Objects/customscript_acton_readiness.xml', isDirectory: false, content: Buffer.from('<suitelet/>') },
    ]);
  });

  it('refuses an entry whose content does not match its CRC-32', () => {
    const archive = storedArchive('manifest.xml', Buffer.from('<manifest/>'), 0x12345678);

    expect(() => readZipEntries(archive)).toThrow('Damaged ZIP entry manifest.xml: CRC-32 does not match.');
  });

  it('refuses a file that is not a ZIP archive', () => {
    expect(() => readZipEntries(Buffer.from('<deploy></deploy>'.repeat(4)))).toThrow('Not a ZIP archive');
  });

  it('reads an empty archive (end record only) as no entries', () => {
    const endOfCentralDirectory = Buffer.alloc(22);
    endOfCentralDirectory.writeUInt32LE(0x06054b50, 0);

    expect(readZipEntries(endOfCentralDirectory)).toEqual([]);
  });
});
