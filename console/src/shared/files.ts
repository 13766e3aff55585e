/** A chosen file's bytes as base64 (how the API takes uploads and imports). */
export function readAsBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });
}

/** Hands the browser a file to save. */
export function saveBlob(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Saves text (a CSV template) as a UTF-8 file. */
export function saveText(name: string, text: string): void {
  saveBlob(name, new Blob([text], { type: 'text/csv;charset=utf-8' }));
}

/** Saves base64 content (a downloaded material) as a file. */
export function saveBase64(name: string, contentType: string, base64: string): void {
  saveBlob(name, new Blob([Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))], { type: contentType }));
}
