import zlib from 'node:zlib';
import { zipEntryNames } from '../imports/zip-bound';

/**
 * The kinds of file a committee filing may carry (scans and documents: PDF, images, Word and Excel), told by
 * their content, never by the name or the type a client declares: an executable renamed to .pdf is refused.
 */
export interface MaterialType {
  mime: string;
  /** the names a file of this type may have, lower case */
  extensions: readonly string[];
}

const PDF: MaterialType = { mime: 'application/pdf', extensions: ['.pdf'] };
const PNG: MaterialType = { mime: 'image/png', extensions: ['.png'] };
const JPEG: MaterialType = { mime: 'image/jpeg', extensions: ['.jpg', '.jpeg'] };
const GIF: MaterialType = { mime: 'image/gif', extensions: ['.gif'] };
const WEBP: MaterialType = { mime: 'image/webp', extensions: ['.webp'] };
const DOCX: MaterialType = { mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', extensions: ['.docx'] };
const XLSX: MaterialType = { mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', extensions: ['.xlsx'] };
const DOC: MaterialType = { mime: 'application/msword', extensions: ['.doc'] };
const XLS: MaterialType = { mime: 'application/vnd.ms-excel', extensions: ['.xls'] };

export const MATERIAL_TYPES: readonly MaterialType[] = [PDF, PNG, JPEG, GIF, WEBP, DOCX, XLSX, DOC, XLS];

function startsWith(content: Buffer, bytes: readonly number[], at = 0): boolean {
  return content.length >= at + bytes.length && bytes.every((byte, i) => content[at + i] === byte);
}

const ascii = (text: string): number[] => [...text].map((c) => c.charCodeAt(0));
const utf16le = (text: string): Buffer => Buffer.from(text, 'utf16le');

/**
 * Parts no document a filing carries needs, and which run code when it is opened: macros, ActiveX controls,
 * embedded programs and scripts (an Office file that holds one is refused, whatever its name says).
 */
const ACTIVE_PART = /(^|\/)(vbaProject\.bin|vbaData\.xml)$|(^|\/)activeX\/|\.(exe|dll|com|scr|pif|bat|cmd|ps1|vbs|vbe|js|jse|wsf|wsh|hta|msi|jar|sh|lnk|cpl)$/i;

/** An Office Open XML package is a zip whose parts include the one that makes it a document or a workbook, and nothing active. */
function officeOpenXml(content: Buffer): MaterialType | null {
  if (!startsWith(content, [0x50, 0x4b, 0x03, 0x04])) return null;
  const parts = zipEntryNames(content);
  if (!parts || !parts.includes('[Content_Types].xml') || parts.some((part) => ACTIVE_PART.test(part))) return null;
  if (parts.includes('word/document.xml')) return DOCX;
  if (parts.includes('xl/workbook.xml')) return XLSX;
  return null;
}

/** A legacy Office file is an OLE compound file whose directory names its main stream (UTF-16); one with macros is refused. */
function compoundFile(content: Buffer): MaterialType | null {
  if (!startsWith(content, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return null;
  if (content.includes(utf16le('_VBA_PROJECT')) || content.includes(utf16le('Macros'))) return null;
  if (content.includes(utf16le('WordDocument'))) return DOC;
  if (content.includes(utf16le('Workbook')) || content.includes(utf16le('Book'))) return XLS;
  return null;
}

/** PDF names that run something when the file is opened: scripts, launched programs, embedded files, forms that script. */
const ACTIVE_PDF_NAMES = new Set(['JavaScript', 'JS', 'Launch', 'EmbeddedFile', 'EmbeddedFiles', 'RichMedia', 'XFA']);

/** Most a compressed object stream of a PDF is inflated to, to read the objects it holds (a file is at most 5 MB). */
const MAX_OBJECT_STREAM_BYTES = 16 * 1024 * 1024;

/**
 * A PDF's text where its names stand: outside its streams, whose compressed bytes would spell a name by chance
 * (`/JS` about once in 50 MB), and inside the compressed object streams (/Type /ObjStm), which hold objects.
 */
function pdfObjectText(content: Buffer): string {
  const text = content.toString('latin1'); // one character a byte: an index in it is an index in the content
  const parts: string[] = [];
  const streamStart = /(?<!end)stream\r?\n/g;
  let at = 0;
  for (;;) {
    streamStart.lastIndex = at;
    const start = streamStart.exec(text);
    if (!start) {
      parts.push(text.slice(at));
      break;
    }
    const before = text.slice(at, start.index);
    parts.push(before);
    const bodyStart = start.index + start[0].length;
    const end = text.indexOf('endstream', bodyStart);
    if (end < 0) break;
    const dictionary = before.slice(before.lastIndexOf(' obj'));
    if (/\/Type\s*\/ObjStm/.test(dictionary) && /\/FlateDecode/.test(dictionary)) {
      try {
        parts.push(zlib.inflateSync(content.subarray(bodyStart, end), { maxOutputLength: MAX_OBJECT_STREAM_BYTES }).toString('latin1'));
      } catch {
        // a stream that does not inflate holds nothing a reader would open either
      }
    }
    at = end + 'endstream'.length;
  }
  return parts.join('\n');
}

/** Whether a PDF names active content, however the name is written (a name may spell a character as #hh). */
function activePdf(content: Buffer): boolean {
  const text = pdfObjectText(content);
  for (const [, name] of text.matchAll(/\/([^\s\/<>\[\]()%{}]+)/g)) {
    const decoded = name.includes('#') ? name.replace(/#([0-9a-fA-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))) : name;
    if (ACTIVE_PDF_NAMES.has(decoded)) return true;
  }
  // a PDF that is also an HTML page (a polyglot) is not a scan
  return /<script|<html/i.test(text);
}

/** The allowed type the content is, or null (anything else: executables, archives, scripts, text). */
export function detectMaterialType(content: Buffer): MaterialType | null {
  if (startsWith(content, ascii('%PDF-'))) return activePdf(content) ? null : PDF;
  if (startsWith(content, [0x89, ...ascii('PNG'), 0x0d, 0x0a, 0x1a, 0x0a])) return PNG;
  if (startsWith(content, [0xff, 0xd8, 0xff])) return JPEG;
  if (startsWith(content, ascii('GIF87a')) || startsWith(content, ascii('GIF89a'))) return GIF;
  if (startsWith(content, ascii('RIFF')) && startsWith(content, ascii('WEBP'), 8)) return WEBP;
  return officeOpenXml(content) ?? compoundFile(content);
}

/** Whether the file's name ends as a file of this type does (so that it opens as what it is). */
export function nameFits(fileName: string, type: MaterialType): boolean {
  const name = fileName.trim().toLowerCase();
  return type.extensions.some((extension) => name.endsWith(extension) && name.length > extension.length);
}
