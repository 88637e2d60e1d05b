import { inflateSync } from 'node:zlib';

interface PdfObject {
  dictionary: string;
  stream: Buffer | null;
}

/** The PDF's objects by number, their streams inflated (pdfkit deflates every stream). */
function objects(pdf: Buffer): Map<number, PdfObject> {
  const text = pdf.toString('latin1');
  const found = new Map<number, PdfObject>();
  for (const match of text.matchAll(/(\d+) 0 obj\s*([^]*?)endobj/g)) {
    const body = match[2] ?? '';
    const streamAt = body.indexOf('stream\n');
    if (streamAt < 0) {
      found.set(Number(match[1]), { dictionary: body, stream: null });
      continue;
    }
    const dictionary = body.slice(0, streamAt);
    const length = Number(/\/Length (\d+)/.exec(dictionary)?.[1] ?? 0);
    const start = (match.index ?? 0) + match[0].indexOf('stream\n') + 'stream\n'.length;
    const raw = pdf.subarray(start, start + length);
    found.set(Number(match[1]), {
      dictionary,
      stream: dictionary.includes('/FlateDecode') ? inflateSync(raw) : raw,
    });
  }
  return found;
}

/** A font's ToUnicode CMap: glyph code (hex) → the text it draws. */
function toUnicode(cmap: string): Map<number, string> {
  const map = new Map<number, string>();
  const unicode = (hex: string) => {
    let text = '';
    for (let i = 0; i < hex.length; i += 4) text += String.fromCharCode(parseInt(hex.slice(i, i + 4), 16));
    return text;
  };
  for (const [, block] of cmap.matchAll(/beginbfrange([^]*?)endbfrange/g)) {
    for (const [, from, to, targets] of (block ?? '').matchAll(/<(\w+)>\s*<(\w+)>\s*(\[[^\]]*\]|<\w+>)/g)) {
      const first = parseInt(from!, 16);
      const last = parseInt(to!, 16);
      const list = [...targets!.matchAll(/<(\w+)>/g)].map((m) => m[1]!);
      for (let code = first; code <= last; code += 1) {
        if (targets!.startsWith('[')) map.set(code, unicode(list[code - first] ?? ''));
        else map.set(code, String.fromCharCode(parseInt(list[0]!, 16) + code - first));
      }
    }
  }
  for (const [, block] of cmap.matchAll(/beginbfchar([^]*?)endbfchar/g)) {
    for (const [, code, target] of (block ?? '').matchAll(/<(\w+)>\s*<(\w+)>/g)) {
      map.set(parseInt(code!, 16), unicode(target!));
    }
  }
  return map;
}

/**
 * The text a pdfkit PDF draws, page by page and line by line as it is set (a new line at each
 * text object), read back through each font's ToUnicode map as a copy and paste would.
 */
export function pdfText(pdf: Uint8Array): string {
  const all = objects(Buffer.from(pdf));
  const fontMaps = new Map<number, Map<number, string>>();
  const fontMap = (ref: number) => {
    if (!fontMaps.has(ref)) {
      const cmapRef = Number(/\/ToUnicode (\d+) 0 R/.exec(all.get(ref)?.dictionary ?? '')?.[1]);
      fontMaps.set(ref, toUnicode(all.get(cmapRef)?.stream?.toString('latin1') ?? ''));
    }
    return fontMaps.get(ref)!;
  };
  const lines: string[] = [];
  for (const page of all.values()) {
    if (!/\/Type \/Page\b/.test(page.dictionary)) continue;
    const fonts = new Map<string, number>();
    const resourcesRef = /\/Resources (\d+) 0 R/.exec(page.dictionary)?.[1];
    const resources = resourcesRef ? (all.get(Number(resourcesRef))?.dictionary ?? '') : page.dictionary;
    for (const [, name, ref] of resources.matchAll(/\/(\w+) (\d+) 0 R/g)) fonts.set(name!, Number(ref));
    const contents = /\/Contents (\[[^\]]*\]|\d+ 0 R)/.exec(page.dictionary)?.[1] ?? '';
    const contentRefs = [...contents.matchAll(/(\d+) 0 R/g)].map((m) => m[1]!);
    for (const ref of contentRefs) {
      const content = all.get(Number(ref))?.stream?.toString('latin1') ?? '';
      let map = new Map<number, string>();
      for (const [, block] of content.matchAll(/BT([^]*?)ET/g)) {
        let line = '';
        for (const [, font, hexes] of (block ?? '').matchAll(/\/(\w+) [\d.]+ Tf|\[([^\]]*)\] TJ/g)) {
          if (font) map = fontMap(fonts.get(font) ?? -1);
          for (const [, hex] of (hexes ?? '').matchAll(/<(\w+)>/g)) {
            for (let i = 0; i < hex!.length; i += 4)
              line += map.get(parseInt(hex!.slice(i, i + 4), 16)) ?? '';
          }
        }
        lines.push(line);
      }
    }
  }
  return lines.join('\n');
}
