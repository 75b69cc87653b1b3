/**
 * Types for the two internal modules of word-extractor 1.0.4 (pinned exactly in package.json) that
 * word-binary.ts builds on; the package's own types cover only its lossy plain-text API.
 */
declare module "word-extractor/lib/buffer-reader.js" {
  class BufferReader {
    constructor(buffer: Buffer);
  }
  export = BufferReader;
}

declare module "word-extractor/lib/word-ole-extractor.js" {
  import type BufferReader from "word-extractor/lib/buffer-reader.js";

  /** One run of text from the piece table, in character-position (CP) order. */
  interface Piece {
    startCp: number;
    endCp: number;
    /** Offset of its first byte in the WordDocument stream. */
    startFilePos: number;
    /** Bytes per character: 2 for UTF-16LE, 1 for cp1252. */
    bpc: 1 | 2;
    text: string;
  }

  class WordOleExtractor {
    protected _pieces: Piece[];
    protected _boundaries: { ccpText: number };
    /**
     * Reads the compound file, then its WordDocument and table streams, then calls the write* steps and buildDocument.
     */
    extract(reader: BufferReader): Promise<unknown>;
    protected extractWordDocument(document: unknown, buffer: Buffer): Promise<unknown>;
    /** The named stream of the compound file (empty when it has none). */
    protected documentStream(document: unknown, name: string): Promise<NodeJS.ReadableStream>;
    protected streamBuffer(stream: NodeJS.ReadableStream): Promise<Buffer>;
    protected writeBookmarks(buffer: Buffer, tableBuffer: Buffer): void;
    protected writePieces(buffer: Buffer, tableBuffer: Buffer): void;
    protected writeCharacterProperties(buffer: Buffer, tableBuffer: Buffer): void;
    protected writeParagraphProperties(buffer: Buffer, tableBuffer: Buffer): void;
    protected normalizeHeaders(buffer: Buffer, tableBuffer: Buffer): void;
    protected buildDocument(): unknown;
  }
  export = WordOleExtractor;
}
