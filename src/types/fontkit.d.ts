// fontkit ships no types: the one call made to it directly (render/pdf/backend/measuredFont.ts). What a
// font offers is typed where it is used (render/pdf/backend/fontkit.ts).
declare module 'fontkit' {
  export function create(buffer: Uint8Array, postscriptName?: string): unknown;
}
