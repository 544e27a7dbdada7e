// The snapshot's bundle in ASCII (scripts/snapshot.mjs). V8 keeps a script's source in the heap, and so
// in the start-up snapshot (functions compile from it when first called); one character above U+00FF
// makes the whole string two bytes a character: the 7 MB bundle took 14 MB of the snapshot for ≈400
// dashes and quotes.

/**
 * JavaScript source with its non-ASCII characters written as \u escapes. esbuild
 * escapes them everywhere but in regular-expression literals, where \uXXXX means the same character
 * (with or without the u flag; an astral character's two halves as a pair); `\–`, an identity escape,
 * becomes the escape alone. Seed snapshot 29.3 → 22.3 MB; seed CPU 1.16 → 1.11 s (median of 9).
 */
export function asciiOnly(text) {
  return text.replace(/(\\*)([^\x00-\x7f])/g, (_, slashes, ch) => {
    const escaped = ch.charCodeAt(0).toString(16).padStart(4, '0');
    // An odd run of backslashes escapes the character itself: drop that one backslash.
    return `${slashes.length % 2 === 1 ? slashes.slice(1) : slashes}\\u${escaped}`;
  });
}
