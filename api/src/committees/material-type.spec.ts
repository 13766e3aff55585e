import zlib from 'node:zlib';
import { zipOf } from '../../test/zip-bombs';
import { checkUploadedFile } from './material-file';
import { detectMaterialType, nameFits } from './material-type';

const bytes = (...parts: Array<string | number[]>) =>
  Buffer.concat(parts.map((part) => (typeof part === 'string' ? Buffer.from(part, 'latin1') : Buffer.from(part))));
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const utf16 = (text: string) => Buffer.from(text, 'utf16le');

/** An Office package of these parts besides its content-types part. */
const office = (...parts: string[]) => zipOf([['[Content_Types].xml', '<Types/>'], ...parts.map((part): [string, string] => [part, '<x/>'])]);

describe('what a committee filing’s material is, by its content', () => {
  it.each([
    ['a PDF', bytes('%PDF-1.7\n%…'), 'application/pdf'],
    ['a PNG', bytes([0x89], 'PNG', [0x0d, 0x0a, 0x1a, 0x0a], 'IHDR'), 'image/png'],
    ['a JPEG', bytes([0xff, 0xd8, 0xff, 0xe0], 'JFIF'), 'image/jpeg'],
    ['a GIF', bytes('GIF89a'), 'image/gif'],
    ['a WebP', bytes('RIFF', [0x24, 0, 0, 0], 'WEBPVP8 '), 'image/webp'],
    ['a Word document', office('word/document.xml'), 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
    ['an Excel workbook', office('xl/workbook.xml', 'xl/worksheets/sheet1.xml'), 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
    ['a PDF whose compressed page content happens to spell /JS', bytes('%PDF-1.7\n4 0 obj << /Length 9 /Filter /FlateDecode >> stream\n', [0x78, 0x9c], '/JS /XFA', '\nendstream endobj'), 'application/pdf'],
    ['a PDF with an ordinary open action (go to page 1)', bytes('%PDF-1.7\n1 0 obj << /Type /Catalog /OpenAction [3 0 R /Fit] >> endobj'), 'application/pdf'],
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
    ['a zip that only mentions an Office part in its bytes', zipOf([['notes.txt', '[Content_Types].xml word/document.xml']])],
    ['a Word document carrying a program', office('word/document.xml', 'payload.exe')],
    ['a Word document with macros', office('word/document.xml', 'word/vbaProject.bin')],
    ['a workbook with an ActiveX control', office('xl/workbook.xml', 'xl/activeX/activeX1.xml')],
    ['a legacy Word document with macros', Buffer.concat([bytes(OLE), utf16('WordDocument'), utf16('_VBA_PROJECT')])],
    ['a PDF that runs a script when opened', bytes('%PDF-1.7\n1 0 obj << /OpenAction << /S /JavaScript /JS (app.alert(1)) >> >> endobj')],
    ['a PDF whose script name is spelt with #hh', bytes('%PDF-1.7\n1 0 obj << /OpenAction << /S /J#61vaScript /JS (x) >> >> endobj')],
    ['a PDF whose script hides in a compressed object stream', Buffer.concat([bytes('%PDF-1.7\n5 0 obj << /Type /ObjStm /N 1 /First 4 /Filter /FlateDecode >> stream\n'), zlib.deflateSync(Buffer.from('6 0 << /S /JavaScript /JS (app.alert(1)) >>')), bytes('\nendstream endobj')])],
    ['a PDF that launches a program', bytes('%PDF-1.7\n1 0 obj << /S /Launch /F (cmd.exe) >> endobj')],
    ['a PDF with an embedded file', bytes('%PDF-1.7\n1 0 obj << /Type /EmbeddedFile >> endobj')],
    ['a PDF that is also an HTML page', bytes('%PDF-1.4\n<html><script>alert(1)</script></html>')],
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

describe('an uploaded file’s name', () => {
  it.each([
    ['../../../../etc/cron.d/x.pdf', 'x.pdf'],
    ['C:\\Users\\clerk\\委员名单.pdf', '委员名单.pdf'],
    [' 委员名单.pdf ', '委员名单.pdf'],
  ])('%s is kept as %s (its last path component)', (given, kept) => {
    expect(checkUploadedFile(Buffer.from('%PDF-1.4').toString('base64'), given).fileName).toBe(kept);
  });

  it('a name that is only a folder is refused', () => {
    expect(() => checkUploadedFile(Buffer.from('%PDF-1.4').toString('base64'), 'x.pdf/')).toThrow(/its name must end in \.pdf/);
  });
});
