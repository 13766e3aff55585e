import zlib from 'node:zlib';
import ExcelJS from 'exceljs';

/**
 * An .xlsx as exceljs writes it, its sheet padded with `padBytes` of blank space between rows (compresses about 1000:1), re-zipped here
 * so a test can make one that unpacks to any size, with its sizes stated truly or understated.
 */
export interface ZipOptions {
  /** every part's unpacked size written as 1 byte in the directory (a lying archive) */
  understate?: boolean;
  /** sizes and checksums after each part's data (flag bit 3, with the descriptor's signature), as streaming writers do */
  descriptors?: boolean;
  /** a part written among the local entries but listed nowhere in the directory (name, text) */
  hidden?: [string, string];
}

export async function xlsxWorkbook(rows: string[][], options: { padBytes?: number } & ZipOptions = {}): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('firms');
  rows.forEach((r) => sheet.addRow(r));
  const parts = unzip(Buffer.from(await workbook.xlsx.writeBuffer()));
  const padding = ' '.repeat(options.padBytes ?? 0);
  const files = parts.map(([name, data]): [string, string] => [name, name === 'xl/worksheets/sheet1.xml' ? data.toString('utf8').replace('</sheetData>', `${padding}</sheetData>`) : data.toString('utf8')]);
  return zip(files, options);
}

/** A well-formed zip of these parts (name, text), deflated. */
export function zipOf(files: Array<[string, string]>): Buffer {
  return zip(files, {});
}

/** The parts of a small, well-formed zip (exceljs's own output). */
function unzip(bytes: Buffer): Array<[string, Buffer]> {
  const end = bytes.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const parts: Array<[string, Buffer]> = [];
  let at = bytes.readUInt32LE(end + 16);
  for (let i = 0; i < bytes.readUInt16LE(end + 10); i++) {
    const [method, size, nameLength, local] = [bytes.readUInt16LE(at + 10), bytes.readUInt32LE(at + 20), bytes.readUInt16LE(at + 28), bytes.readUInt32LE(at + 42)];
    const name = bytes.subarray(at + 46, at + 46 + nameLength).toString('utf8');
    const start = local + 30 + bytes.readUInt16LE(local + 26) + bytes.readUInt16LE(local + 28);
    const data = bytes.subarray(start, start + size);
    parts.push([name, method === 8 ? zlib.inflateRawSync(data) : data]);
    at += 46 + nameLength + bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32);
  }
  return parts;
}

/** A deflated zip of these parts, written as `options` say. */
function zip(files: Array<[string, string]>, options: ZipOptions): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  const entries = options.hidden ? [...files, options.hidden] : files;
  for (const [name, text] of entries) {
    const listed = !(options.hidden && name === options.hidden[0] && text === options.hidden[1]);
    const data = Buffer.from(text, 'utf8');
    const packed = zlib.deflateRawSync(data, { level: 9 });
    const nameBytes = Buffer.from(name, 'utf8');
    const size = options.understate ? 1 : data.length;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(options.descriptors ? 0x08 : 0, 6);
    local.writeUInt16LE(8, 8);
    if (!options.descriptors) {
      local.writeUInt32LE(zlib.crc32(data), 14);
      local.writeUInt32LE(packed.length, 18);
      local.writeUInt32LE(size, 22);
    }
    local.writeUInt16LE(nameBytes.length, 26);
    const descriptor = Buffer.alloc(options.descriptors ? 16 : 0);
    if (options.descriptors) {
      descriptor.writeUInt32LE(0x08074b50, 0);
      descriptor.writeUInt32LE(zlib.crc32(data), 4);
      descriptor.writeUInt32LE(packed.length, 8);
      descriptor.writeUInt32LE(size, 12);
    }
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(options.descriptors ? 0x08 : 0, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(zlib.crc32(data), 16);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, packed, descriptor);
    if (listed) centrals.push(central, nameBytes);
    offset += local.length + nameBytes.length + packed.length + descriptor.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(files.length, 8);
  end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/** `bytes` with its end record stating `entries` parts (the directory itself unchanged): the count a reader may ignore. */
export function withStatedEntries(bytes: Buffer, entries: number): Buffer {
  const copy = Buffer.from(bytes);
  const end = copy.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  copy.writeUInt16LE(entries, end + 8);
  copy.writeUInt16LE(entries, end + 10);
  return copy;
}
