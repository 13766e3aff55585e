import zlib from 'node:zlib';
import ExcelJS from 'exceljs';

/**
 * An .xlsx as exceljs writes it, its sheet padded with `padBytes` of blank space between rows (compresses about 1000:1), re-zipped here
 * so a test can make one that unpacks to any size, with its sizes stated truly or understated.
 */
export async function xlsxWorkbook(rows: string[][], options: { padBytes?: number; understate?: boolean } = {}): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('firms');
  rows.forEach((r) => sheet.addRow(r));
  const parts = unzip(Buffer.from(await workbook.xlsx.writeBuffer()));
  const padding = ' '.repeat(options.padBytes ?? 0);
  const files = parts.map(([name, data]): [string, string] => [name, name === 'xl/worksheets/sheet1.xml' ? data.toString('utf8').replace('</sheetData>', `${padding}</sheetData>`) : data.toString('utf8')]);
  return zip(files, options.understate ?? false);
}

/** A well-formed zip of these parts (name, text), deflated. */
export function zipOf(files: Array<[string, string]>): Buffer {
  return zip(files, false);
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

/** A deflated zip; `understate` writes every part's unpacked size as 1 byte in the directory (a lying archive). */
function zip(files: Array<[string, string]>, understate: boolean): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, text] of files) {
    const data = Buffer.from(text, 'utf8');
    const packed = zlib.deflateRawSync(data, { level: 9 });
    const nameBytes = Buffer.from(name, 'utf8');
    const size = understate ? 1 : data.length;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(zlib.crc32(data), 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(zlib.crc32(data), 16);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, packed);
    centrals.push(central, nameBytes);
    offset += local.length + nameBytes.length + packed.length;
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
