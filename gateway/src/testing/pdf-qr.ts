import { inflateSync } from 'node:zlib';
import jsQR from 'jsqr';

/**
 * Reads the QR code back from a certificate PDF: the colour image pdfkit embedded (its pixels
 * deflated, as /DeviceRGB), decoded with jsQR as a phone's camera would.
 */
export function decodePdfQr(pdf: Buffer): string | null {
  const text = pdf.toString('latin1');
  const image = /<<\s*\/Type \/XObject\s*\/Subtype \/Image([^]*?)>>\s*stream\n/g;
  for (const match of text.matchAll(image)) {
    const dictionary = match[1] ?? '';
    if (!dictionary.includes('/ColorSpace /DeviceRGB')) continue;
    const number = (key: string) => Number(new RegExp(`/${key} (\\d+)`).exec(dictionary)?.[1]);
    const [width, height, length] = [number('Width'), number('Height'), number('Length')];
    const start = (match.index ?? 0) + match[0].length;
    const rgb = inflateSync(pdf.subarray(start, start + length));
    const rgba = new Uint8ClampedArray(width * height * 4);
    for (let i = 0; i < width * height; i += 1) {
      rgba.set([rgb[i * 3] ?? 0, rgb[i * 3 + 1] ?? 0, rgb[i * 3 + 2] ?? 0, 255], i * 4);
    }
    return jsQR(rgba, width, height)?.data ?? null;
  }
  return null;
}
