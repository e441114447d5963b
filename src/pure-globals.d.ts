// The only platform globals the pure layers (src/lab, src/exercises, src/course) may use: the
// WHATWG text codecs, present alike in browsers, workers, Node and the build. tsconfig.pure.json
// type-checks those layers with ES2023 alone (no DOM, no Node types), so anything else (window,
// localStorage, process, setTimeout, crypto...) is a type error there.

interface TextEncoder {
  /** UTF-8 bytes of `input`. */
  encode(input?: string): Uint8Array;
}
declare const TextEncoder: { prototype: TextEncoder; new (): TextEncoder };

interface TextDecoder {
  /** The text of UTF-8 `input`; with `fatal`, malformed input throws. */
  decode(input?: ArrayBufferView | ArrayBuffer): string;
}
declare const TextDecoder: {
  prototype: TextDecoder;
  new (label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean }): TextDecoder;
};
