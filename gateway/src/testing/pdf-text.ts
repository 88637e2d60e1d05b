import { inflateSync } from 'node:zlib';

/**
 * Reads the text back from a PDF pdfkit made, as a reader's copy-and-paste would: the glyph codes
 * of each text operator mapped to characters through its font's ToUnicode map. One line per text
 * operator (pdfkit writes a line of a paragraph in one).
 */
export function pdfText(pdf: Uint8Array): string {
  const raw = Buffer.from(pdf).toString('latin1');
  const objects = new Map<string, { dictionary: string; stream: string | null }>();
  for (const match of raw.matchAll(/(\d+) 0 obj\s*([\s\S]*?)endobj/g)) {
    const body = match[2] ?? '';
    const at = body.indexOf('stream\n');
    const dictionary = at < 0 ? body : body.slice(0, at);
    let stream: string | null = null;
    if (at >= 0) {
      const bytes = Buffer.from(
        body.slice(at + 7, body.lastIndexOf('endstream')).replace(/\n$/, ''),
        'latin1',
      );
      stream = dictionary.includes('/FlateDecode')
        ? inflateSync(bytes).toString('latin1')
        : bytes.toString('latin1');
    }
    objects.set(match[1]!, { dictionary, stream });
  }
  const cmapOf = (fontObject: string): Map<string, string> => {
    const map = new Map<string, string>();
    const ref = /\/ToUnicode (\d+) 0 R/.exec(objects.get(fontObject)?.dictionary ?? '')?.[1];
    const cmap = ref ? (objects.get(ref)?.stream ?? '') : '';
    for (const range of cmap.matchAll(/<([0-9a-fA-F]+)> <([0-9a-fA-F]+)> \[([^\]]*)\]/g)) {
      const start = parseInt(range[1]!, 16);
      [...range[3]!.matchAll(/<([0-9a-fA-F]+)>/g)].forEach((target, i) => {
        const hex = target[1]!;
        const chars = String.fromCodePoint(...(hex.match(/.{4}/g) ?? []).map((unit) => parseInt(unit, 16)));
        map.set((start + i).toString(16).padStart(4, '0'), chars);
      });
    }
    for (const single of cmap.matchAll(/<([0-9a-fA-F]{4})> <([0-9a-fA-F]{4,})>\s*$/gm)) {
      map.set(single[1]!.toLowerCase(), String.fromCodePoint(parseInt(single[2]!, 16)));
    }
    return map;
  };
  const fonts = new Map<string, Map<string, string>>();
  for (const { dictionary } of objects.values()) {
    for (const entry of dictionary.matchAll(/\/(F\d+) (\d+) 0 R/g)) {
      if (!fonts.has(entry[1]!)) fonts.set(entry[1]!, cmapOf(entry[2]!));
    }
  }
  const lines: string[] = [];
  for (const { stream } of objects.values()) {
    if (!stream || !/ Tf\b/.test(stream)) continue;
    let font = new Map<string, string>();
    for (const op of stream.matchAll(/\/(F\d+) [\d.]+ Tf|\[((?:[^\]])*)\] TJ|<([0-9a-fA-F]*)> Tj/g)) {
      if (op[1]) {
        font = fonts.get(op[1]) ?? new Map();
        continue;
      }
      const hexes =
        op[2] !== undefined ? [...op[2].matchAll(/<([0-9a-fA-F]*)>/g)].map((m) => m[1]!) : [op[3]!];
      lines.push(
        hexes
          .map((hex) => (hex.match(/.{4}/g) ?? []).map((code) => font.get(code.toLowerCase()) ?? '').join(''))
          .join(''),
      );
    }
  }
  return lines.join('\n');
}
