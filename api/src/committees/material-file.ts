import crypto from 'node:crypto';
import { fail } from '../shared/errors';
import { detectMaterialType, MaterialType, nameFits } from './material-type';

/** Files kept with a record (a filing's materials, an account's vouchers): a scan or a PDF, not a data set. */
export const MAX_MATERIAL_BYTES = 5 * 1024 * 1024;

export interface CheckedFile {
  /** the name as kept: its last path component only (a name like ../../etc/x.pdf is kept as x.pdf) */
  fileName: string;
  content: Buffer;
  type: MaterialType;
  sha256: Buffer;
}

/**
 * An uploaded file, checked before anything is written: at most MAX_MATERIAL_BYTES, a PDF, an image or an
 * Office document by its content (material-type.ts) with nothing active in it, named as what it is; else BAD_USER_INPUT.
 */
export function checkUploadedFile(contentBase64: string, fileName: string): CheckedFile {
  const tooLarge = (bytes: number) => fail.badField('contentBase64', 'FILE_TOO_LARGE', `the file is ${bytes} bytes; at most ${MAX_MATERIAL_BYTES}`, { bytes, max: MAX_MATERIAL_BYTES });
  // refused before decoding: base64 carries 3 bytes in 4 characters
  if (contentBase64.length > Math.ceil(MAX_MATERIAL_BYTES / 3) * 4 + 4) throw tooLarge(Math.floor((contentBase64.length * 3) / 4));
  const content = Buffer.from(contentBase64, 'base64');
  if (content.length === 0) throw fail.badField('contentBase64', 'EMPTY', 'the file is empty or not base64');
  if (content.length > MAX_MATERIAL_BYTES) throw tooLarge(content.length);
  const type = detectMaterialType(content);
  if (!type) throw fail.badField('contentBase64', 'FILE_TYPE', 'a PDF, a PNG, JPEG, GIF or WebP image, or a Word or Excel document only');
  const name = fileName.split(/[\\/]/).pop()!.trim();
  if (!nameFits(name, type)) {
    throw fail.badField('fileName', 'FILE_TYPE', `the file is ${type.mime}: its name must end in ${type.extensions.join(' or ')}`, { mime: type.mime, extensions: type.extensions });
  }
  return { fileName: name, content, type, sha256: crypto.createHash('sha256').update(content).digest() };
}
