/**
 * Unicode's explicit direction controls: embeddings and overrides (U+202A-U+202E) and isolates
 * (U+2066-U+2069). One of them in a value reorders the text after it ("Trojan Source"), so a
 * right-to-left override in a name could show the numbers of the next cells backwards. The
 * implicit marks (U+200E, U+200F, U+061C) only mark, and stay.
 */
export const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;
