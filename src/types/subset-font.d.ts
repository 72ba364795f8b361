declare module 'subset-font' {
  /** Subsets a font (TTF, WOFF or WOFF2) to the glyphs needed for `text` (harfbuzz's subsetter). */
  export default function subsetFont(
    font: Uint8Array,
    text: string,
    options?: { targetFormat?: 'sfnt' | 'woff' | 'woff2' | 'truetype'; preserveNameIds?: number[] },
  ): Promise<Buffer>;
}
