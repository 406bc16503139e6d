/**
 * Builds .docx packages byte by byte, so that tests can make zip bombs without writing gigabytes:
 * a deflate block that unpacks to 1 MB is repeated as often as wanted (each copy refers only to
 * itself), and the size an entry declares can be set to anything, as an attacker would.
 */
import { constants, crc32, deflateRawSync } from 'node:zlib';

export const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

export const CONTENT_TYPES_XML =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>';
export const ROOT_RELS_XML =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="/word/document.xml"/></Relationships>';
export const STYLES_XML = `<?xml version="1.0" encoding="UTF-8"?><w:styles xmlns:w="${W_NS}"></w:styles>`;
export const NUMBERING_XML = `<?xml version="1.0" encoding="UTF-8"?><w:numbering xmlns:w="${W_NS}"></w:numbering>`;
export const documentXml = (body: string): string =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${W_NS}"><w:body>${body}<w:sectPr/></w:body></w:document>`;

export interface ZipEntry {
  name: string;
  /** Raw deflate data. */
  data: Buffer;
  /** What the entry says it unpacks to. */
  declaredSize: number;
  crc: number;
}

export function entry(name: string, text: string): ZipEntry {
  const raw = Buffer.from(text, 'utf8');
  return { name, data: deflateRawSync(raw), declaredSize: raw.length, crc: crc32(raw) };
}

const MB = 1024 * 1024;

/**
 * A part that unpacks to `prefix` followed by `fill` repeated to about `bytes`. The entry declares
 * its true size unless `declaredSize` is given (a forged header).
 */
export function bombEntry(
  name: string,
  options: { prefix: string; fill: string; bytes: number; declaredSize?: number },
): ZipEntry {
  const flush = { finishFlush: constants.Z_SYNC_FLUSH };
  const head = deflateRawSync(Buffer.from(options.prefix, 'utf8'), flush);
  const unit = Buffer.from(options.fill.repeat(Math.max(1, Math.floor(MB / options.fill.length))));
  const block = deflateRawSync(unit, { ...flush, level: 9 });
  const copies = Math.ceil(options.bytes / unit.length);
  const end = deflateRawSync(Buffer.alloc(0));
  const size = Buffer.byteLength(options.prefix) + copies * unit.length;
  return {
    name,
    data: Buffer.concat([head, ...new Array<Buffer>(copies).fill(block), end]),
    declaredSize: Math.min(options.declaredSize ?? size, 0xfffffffe),
    // jszip does not check CRCs unless asked; a bomb's maker would not bother either.
    crc: 0,
  };
}

/** A zip file of the entries, deflated, in order. */
export function zipOf(entries: readonly ZipEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(8, 8); // deflate
    local.writeUInt32LE(e.crc >>> 0, 14);
    local.writeUInt32LE(e.data.length, 18);
    local.writeUInt32LE(e.declaredSize, 22);
    local.writeUInt16LE(name.length, 26);
    locals.push(local, name, e.data);

    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(e.crc >>> 0, 16);
    central.writeUInt32LE(e.data.length, 20);
    central.writeUInt32LE(e.declaredSize, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, name);
    offset += 30 + name.length + e.data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/** The parts of a small, valid plan, with `replace` swapped in for the part of the same name. */
export function docxWith(replace: ZipEntry, body = PLAN_BODY): Buffer {
  const parts = [
    entry('[Content_Types].xml', CONTENT_TYPES_XML),
    entry('_rels/.rels', ROOT_RELS_XML),
    entry('word/document.xml', documentXml(body)),
    entry('word/styles.xml', STYLES_XML),
    entry('word/numbering.xml', NUMBERING_XML),
  ];
  return zipOf(parts.map((p) => (p.name === replace.name ? replace : p)));
}

export const PLAN_BODY =
  '<w:p><w:r><w:t>Mum will take Amy to the dentist by 31/03/2027, and the health visitor will check the visit happened.</w:t></w:r></w:p>';
