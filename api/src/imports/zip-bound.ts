import zlib from 'node:zlib';

/**
 * The size a zip (an .xlsx) unpacks to, bounded before any parser inflates it: a 200 KB upload can unpack to
 * gigabytes and hold the event loop while it does (docs/architecture.md#imports). Only the directory and the local
 * headers are read to decide (a zip they do not agree on is no zip: centralDirectory); then each deflated part is inflated with its declared size as a hard cap, so a directory that
 * understates a part cannot slip a bomb past. The file is then parsed as usual.
 */
export type ZipBound = 'WITHIN' | 'TOO_LARGE' | 'NOT_A_ZIP';

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const DESCRIPTOR = 0x08074b50;
/** zip64 marks: a field too small for its value, i.e. a part or archive of 4 GiB or more */
const MAX16 = 0xffff;
const MAX32 = 0xffffffff;

export function zipBound(bytes: Buffer, maxUnpackedBytes: number): ZipBound {
  const directory = centralDirectory(bytes);
  if (!directory) return 'NOT_A_ZIP';
  if (directory.zip64) return 'TOO_LARGE';
  let total = 0;
  for (const part of directory.parts) {
    total += part.unpacked;
    if (total > maxUnpackedBytes) return 'TOO_LARGE';
  }
  for (const part of directory.parts) {
    if (part.method !== 8) continue; // stored parts are no larger than the upload; other methods no parser reads
    if (part.local + 30 > bytes.length || bytes.readUInt32LE(part.local) !== LOCAL) return 'NOT_A_ZIP';
    const start = part.local + 30 + bytes.readUInt16LE(part.local + 26) + bytes.readUInt16LE(part.local + 28);
    try {
      zlib.inflateRawSync(bytes.subarray(start, start + part.compressed), { maxOutputLength: Math.max(1, part.unpacked) });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') return 'TOO_LARGE';
      return 'NOT_A_ZIP'; // a broken stream: the parser says it cannot read the file
    }
  }
  return 'WITHIN';
}

/**
 * The names of a zip's parts, from its central directory (nothing inflated), or null when it is no zip: what an
 * Office document holds, told by its parts and not by a string found anywhere in its bytes.
 */
export function zipEntryNames(bytes: Buffer): string[] | null {
  return centralDirectory(bytes)?.parts.map((part) => part.name) ?? null;
}

interface ZipPart {
  name: string;
  method: number;
  compressed: number;
  unpacked: number;
  local: number;
  /** the name as stored, compared with its local header's */
  nameBytes: Buffer;
}

/**
 * The parts a zip's central directory lists, or null when it is no zip or can be read two ways; `zip64` when a size or
 * offset needs zip64 (4 GiB or more). Readers differ: JSZip (exceljs) walks the directory while its records last,
 * whatever count the end record states; a streaming reader walks the local headers from the start. So a zip is taken
 * only when both walks find the same parts: the end record's count, size and place agree with the directory walked,
 * and the local entries follow one another from the first byte to the directory, each with the directory's name, with
 * nothing between them. A part the bound would not see cannot be hidden from it.
 */
function centralDirectory(bytes: Buffer): { parts: ZipPart[]; zip64: boolean } | null {
  const eocd = findEndOfDirectory(bytes);
  if (eocd < 0) return null;
  const entriesOnDisk = bytes.readUInt16LE(eocd + 8);
  const entries = bytes.readUInt16LE(eocd + 10);
  const directorySize = bytes.readUInt32LE(eocd + 12);
  const directoryOffset = bytes.readUInt32LE(eocd + 16);
  if (entries === MAX16 || directorySize === MAX32 || directoryOffset === MAX32) return { parts: [], zip64: true };
  if (entriesOnDisk !== entries || directoryOffset + directorySize !== eocd) return null;
  const parts: ZipPart[] = [];
  for (let at = directoryOffset; at < eocd; ) {
    if (at + 46 > eocd || bytes.readUInt32LE(at) !== CENTRAL) return null;
    const nameLength = bytes.readUInt16LE(at + 28);
    const part = {
      name: bytes.subarray(at + 46, at + 46 + nameLength).toString('utf8'),
      method: bytes.readUInt16LE(at + 10),
      compressed: bytes.readUInt32LE(at + 20),
      unpacked: bytes.readUInt32LE(at + 24),
      local: bytes.readUInt32LE(at + 42),
      nameBytes: bytes.subarray(at + 46, at + 46 + nameLength),
    };
    if (part.compressed === MAX32 || part.unpacked === MAX32 || part.local === MAX32) return { parts: [], zip64: true };
    parts.push(part);
    at += 46 + nameLength + bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32);
    if (at > eocd) return null;
  }
  if (parts.length !== entries || !localsMatch(bytes, parts, directoryOffset)) return null;
  return { parts, zip64: false };
}

/** The local entries, in file order, start at byte 0 and end at the directory, one right after another, named as listed. */
function localsMatch(bytes: Buffer, parts: readonly ZipPart[], directoryOffset: number): boolean {
  let next = 0;
  for (const part of [...parts].sort((a, b) => a.local - b.local)) {
    if (part.local !== next || part.local + 30 > directoryOffset || bytes.readUInt32LE(part.local) !== LOCAL) return false;
    const nameLength = bytes.readUInt16LE(part.local + 26);
    if (!bytes.subarray(part.local + 30, part.local + 30 + nameLength).equals(part.nameBytes)) return false;
    next = part.local + 30 + nameLength + bytes.readUInt16LE(part.local + 28) + part.compressed;
    // sizes written after the data (flag bit 3): 12 bytes, or 16 with the descriptor's optional signature
    if (bytes.readUInt16LE(part.local + 6) & 0x08) next += next + 4 <= directoryOffset && bytes.readUInt32LE(next) === DESCRIPTOR ? 16 : 12;
    if (next > directoryOffset) return false;
  }
  return next === directoryOffset;
}

/** The end-of-central-directory record: the last 22 bytes, or earlier by an archive comment of up to 64 KiB. */
function findEndOfDirectory(bytes: Buffer): number {
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - MAX16); at--) {
    if (bytes.readUInt32LE(at) === EOCD) return at;
  }
  return -1;
}

