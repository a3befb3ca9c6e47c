// Control characters (terminal escapes, line breaks) and bidirectional overrides (U+202E makes "gpj.exe" read as
// "exe.jpg") that a hostile file name may carry.
const INVISIBLE = /[\p{Cc}\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu

/** A file name with its invisible and reordering characters shown as \u{…}, safe to print to a terminal or a page. */
export function visibleText(text: string): string {
  return text.replace(INVISIBLE, (c) => `\\u{${c.codePointAt(0)!.toString(16).toUpperCase()}}`)
}
