import { detectMaterialType, nameFits } from './material-type';

const bytes = (...parts: Array<string | number[]>) =>
  Buffer.concat(parts.map((part) => (typeof part === 'string' ? Buffer.from(part, 'latin1') : Buffer.from(part))));
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const utf16 = (text: string) => Buffer.from(text, 'utf16le');

describe('what a committee filing’s material is, by its content', () => {
  it.each([
    ['a PDF', bytes('%PDF-1.7\n%…'), 'application/pdf'],
    ['a PNG', bytes([0x89], 'PNG', [0x0d, 0x0a, 0x1a, 0x0a], 'IHDR'), 'image/png'],
    ['a JPEG', bytes([0xff, 0xd8, 0xff, 0xe0], 'JFIF'), 'image/jpeg'],
    ['a GIF', bytes('GIF89a'), 'image/gif'],
    ['a WebP', bytes('RIFF', [0x24, 0, 0, 0], 'WEBPVP8 '), 'image/webp'],
    ['a Word document', bytes('PK', [3, 4], '…[Content_Types].xml…word/document.xml'), 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
    ['an Excel workbook', bytes('PK', [3, 4], '…[Content_Types].xml…xl/workbook.xml'), 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
    ['a legacy Word document', Buffer.concat([bytes(OLE), utf16('WordDocument')]), 'application/msword'],
    ['a legacy Excel workbook', Buffer.concat([bytes(OLE), utf16('Workbook')]), 'application/vnd.ms-excel'],
  ])('%s is allowed', (_what, content, mime) => {
    expect(detectMaterialType(content)?.mime).toBe(mime);
  });

  it.each([
    ['a Windows executable', bytes('MZ', [0x90, 0, 3, 0], 'This program cannot be run in DOS mode')],
    ['an ELF executable', bytes([0x7f], 'ELF', [2, 1, 1])],
    ['a shell script', bytes('#!/bin/sh\nrm -rf /')],
    ['an HTML page', bytes('<!doctype html><script>alert(1)</script>')],
    ['a zip that is no Office document', bytes('PK', [3, 4], 'payload.exe')],
    ['an OLE file of another kind', Buffer.concat([bytes(OLE), utf16('PowerPoint Document')])],
    ['a RIFF that is no WebP', bytes('RIFF', [0x24, 0, 0, 0], 'WAVEfmt ')],
    ['a PDF signature not at the start', bytes('MZ…%PDF-1.4')],
    ['nothing', Buffer.alloc(0)],
  ])('%s is refused', (_what, content) => {
    expect(detectMaterialType(content)).toBeNull();
  });

  it.each([
    ['委员名单.pdf', 'application/pdf', true],
    ['SCAN.JPG', 'image/jpeg', true],
    ['scan.jpeg', 'image/jpeg', true],
    ['名单.pdf.exe', 'application/pdf', false],
    ['名单.exe', 'application/pdf', false],
    ['.pdf', 'application/pdf', false],
    ['名单.xlsx', 'application/pdf', false],
  ])('the name %s fits a %s: %s', (name, mime, fits) => {
    const type = detectMaterialType(mime === 'application/pdf' ? bytes('%PDF-1.4') : bytes([0xff, 0xd8, 0xff]))!;
    expect(nameFits(name, type)).toBe(fits);
  });
});
