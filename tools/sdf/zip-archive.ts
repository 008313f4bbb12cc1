/**
 * Reads the entries of a ZIP archive with Node's own zlib, so the packaging tests can look
 * inside what `suitecloud project:package` produced without a ZIP dependency. Covers what that
 * packager writes (stored or deflated entries, no encryption, no ZIP64) and refuses anything
 * else with a message that says why.
 */
import { inflateRawSync } from 'node:zlib';

/** One entry of the archive, its content already inflated and checked against its CRC-32. */
export interface ZipEntry {
  /** Path inside the archive, with forward slashes; folders end in "/". */
  readonly name: string;
  readonly isDirectory: boolean;
  readonly content: Buffer;
}

const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_DIRECTORY_HEADER = 0x02014b50;
const LOCAL_FILE_HEADER = 0x04034b50;
const END_RECORD_SIZE = 22;
const MAX_COMMENT_SIZE = 0xffff;
const STORED = 0;
const DEFLATED = 8;
const ENCRYPTED_FLAG = 0x0001;
const UTF8_NAMES_FLAG = 0x0800;
const ZIP64_MARKER_32 = 0xffffffff;
const ZIP64_MARKER_16 = 0xffff;

/** Lists every entry of `archive`, in central-directory order. Throws on a damaged archive. */
export function readZipEntries(archive: Buffer): ZipEntry[] {
  const end = findEndOfCentralDirectory(archive);
  const entryCount = archive.readUInt16LE(end + 10);
  const directoryOffset = archive.readUInt32LE(end + 16);
  if (entryCount === ZIP64_MARKER_16 || directoryOffset === ZIP64_MARKER_32) {
    throw new Error('ZIP64 archives are not supported.');
  }
  const entries: ZipEntry[] = [];
  let offset = directoryOffset;
  for (let index = 0; index < entryCount; index += 1) {
    const { entry, nextOffset } = readCentralDirectoryEntry(archive, offset);
    entries.push(entry);
    offset = nextOffset;
  }
  return entries;
}

function findEndOfCentralDirectory(archive: Buffer): number {
  const lowest = Math.max(0, archive.length - END_RECORD_SIZE - MAX_COMMENT_SIZE);
  for (let offset = archive.length - END_RECORD_SIZE; offset >= lowest; offset -= 1) {
    if (archive.readUInt32LE(offset) === END_OF_CENTRAL_DIRECTORY) return offset;
  }
  throw new Error('Not a ZIP archive: no end-of-central-directory record.');
}

function readCentralDirectoryEntry(archive: Buffer, offset: number): { entry: ZipEntry; nextOffset: number } {
  if (archive.readUInt32LE(offset) !== CENTRAL_DIRECTORY_HEADER) {
    throw new Error(`Damaged ZIP archive: no central directory header at byte ${offset}.`);
  }
  const flags = archive.readUInt16LE(offset + 8);
  const method = archive.readUInt16LE(offset + 10);
  const expectedCrc = archive.readUInt32LE(offset + 16);
  const compressedSize = archive.readUInt32LE(offset + 20);
  const nameLength = archive.readUInt16LE(offset + 28);
  const extraLength = archive.readUInt16LE(offset + 30);
  const commentLength = archive.readUInt16LE(offset + 32);
  const localHeaderOffset = archive.readUInt32LE(offset + 42);
  const nameBytes = archive.subarray(offset + 46, offset + 46 + nameLength);
  const name = nameBytes.toString((flags & UTF8_NAMES_FLAG) !== 0 ? 'utf8' : 'latin1');

  if ((flags & ENCRYPTED_FLAG) !== 0) throw new Error(`Encrypted ZIP entry ${name} is not supported.`);
  if (compressedSize === ZIP64_MARKER_32 || localHeaderOffset === ZIP64_MARKER_32) {
    throw new Error(`ZIP64 entry ${name} is not supported.`);
  }
  const compressed = readLocalData(archive, localHeaderOffset, compressedSize, name);
  const content = inflate(compressed, method, name);
  if (crc32(content) !== expectedCrc) throw new Error(`Damaged ZIP entry ${name}: CRC-32 does not match.`);

  return {
    entry: { name, isDirectory: name.endsWith('/'), content },
    nextOffset: offset + 46 + nameLength + extraLength + commentLength,
  };
}

function readLocalData(archive: Buffer, headerOffset: number, size: number, name: string): Buffer {
  if (archive.readUInt32LE(headerOffset) !== LOCAL_FILE_HEADER) {
    throw new Error(`Damaged ZIP entry ${name}: no local header at byte ${headerOffset}.`);
  }
  // The local header repeats name and extra field with lengths of its own.
  const dataStart =
    headerOffset + 30 + archive.readUInt16LE(headerOffset + 26) + archive.readUInt16LE(headerOffset + 28);
  return archive.subarray(dataStart, dataStart + size);
}

function inflate(compressed: Buffer, method: number, name: string): Buffer {
  if (method === STORED) return Buffer.from(compressed);
  if (method === DEFLATED) return inflateRawSync(compressed);
  throw new Error(`ZIP entry ${name} uses compression method ${method}; only stored and deflated are supported.`);
}

const CRC_TABLE = Array.from({ length: 256 }, (_, byte) => {
  let value = byte;
  for (let bit = 0; bit < 8; bit += 1) value = (value & 1) !== 0 ? 0xedb88320 ^ (value >>> 1) : value >>> 1;
  return value >>> 0;
});

/** The CRC-32 (IEEE 802.3) ZIP stores per entry. */
export function crc32(content: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of content) crc = (CRC_TABLE[(crc ^ byte) & 0xff] ?? 0) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}
