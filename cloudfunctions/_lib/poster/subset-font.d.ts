// subset-font ships no types: the one call the poster uses.
declare module 'subset-font' {
  function subsetFont(font: Buffer, text: string, options?: { targetFormat?: 'sfnt' | 'woff' | 'woff2' | 'truetype' }): Promise<Buffer>;
  export default subsetFont;
}
