/**
 * Word's symbols that a plan form answers with: boxes inserted from a symbol font (w:sym) and
 * legacy check box fields. Word stores a symbol as the font's own code, so the same code is a
 * box in Wingdings and a snowflake elsewhere: only the boxes and ticks are read, each as its
 * Unicode character, and any other symbol stays out of the text as before.
 */
const BOXES: Record<string, Record<number, string>> = {
  // Wingdings: 0x6F and 0xA8 empty boxes, 0x78 and 0xFD boxes with an X, 0xFE a ticked box.
  wingdings: { 0x6f: '☐', 0xa8: '☐', 0x78: '☒', 0xfd: '☒', 0xfe: '☑', 0xfb: '✗', 0xfc: '✓' },
  // Wingdings 2: 0xA3 an empty box, 0x52 ticked, 0x53 and 0x54 with an X.
  'wingdings 2': { 0xa3: '☐', 0x52: '☑', 0x53: '☒', 0x54: '☒', 0x50: '✓', 0x4f: '✗' },
};

/**
 * The text of `<w:sym w:font="…" w:char="…"/>`, or '' for a symbol that is not a box. Fonts
 * with Unicode boxes of their own (MS Gothic, Segoe UI Symbol) give the character itself.
 */
export function symbolText(font: string | undefined, char: string | undefined): string {
  if (!char || !/^[0-9a-f]{1,4}$/i.test(char)) return '';
  let code = Number.parseInt(char, 16);
  if (/^[\u2610-\u2612\u2713-\u2718]$/.test(String.fromCharCode(code)))
    return String.fromCharCode(code);
  // Symbol fonts are addressed at U+F000 and up as well as 0x00-0xFF.
  if (code >= 0xf000) code -= 0xf000;
  return BOXES[(font ?? '').trim().toLowerCase()]?.[code] ?? '';
}

/** A legacy check box field (FORMCHECKBOX) as the box it shows: w:checked wins over w:default. */
export interface LegacyCheckBox {
  checked?: boolean;
  byDefault?: boolean;
}

export function checkBoxText(box: LegacyCheckBox): string {
  return (box.checked ?? box.byDefault ?? false) ? '☒' : '☐';
}

/** w:checked and w:default are on/off values: absent val is on, "0", "false" and "off" are off. */
export function onOff(val: string | undefined): boolean {
  return val === undefined || !/^(?:0|false|off)$/i.test(val);
}
