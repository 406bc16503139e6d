/**
 * The .docx reader's limits, apart from the reader so that whoever only needs the numbers (the
 * plan-file reader's messages) does not load the zip and XML libraries.
 */

/**
 * Zip bombs: a few kilobytes of deflate can unpack to gigabytes, so every part is measured as it
 * is unpacked, not only by the size its zip entry claims. The generated 500-page plan of the
 * benchmark has a 14 MB document.xml and 21,504 paragraphs; Word's own markup is up to three
 * times as long, which these limits leave room for several times over.
 */
export const DEFAULT_MAX_XML_BYTES = 128 * 1024 * 1024;
/** Word's styles.xml is about 100 KB, numbering.xml and the rest far less. */
export const DEFAULT_MAX_PART_BYTES = 16 * 1024 * 1024;
export const DEFAULT_MAX_PARAGRAPHS = 50_000;
