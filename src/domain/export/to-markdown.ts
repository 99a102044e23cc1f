import { BIDI_CONTROLS } from './bidi-controls';
import { neutraliseCell } from './cell-neutralisation';

// The Markdown writer of every export: data goes in through `mdText` (text) or `mdLink` (a
// URL), tables through `mdTable`; numbers are written by the caller, already rounded as shown.

/**
 * Characters that start Markdown anywhere in a line: CommonMark's \ ` * _ [ ], GFM's | (tables),
 * ~ (strikethrough) and @ (e-mail autolinks, which would make mailto: links), GitHub's $ (math).
 */
const INLINE_SPECIAL = /[\\`*_[\]|~$@]/g;
/** "&" only where it would start a character reference ("&amp;", "&#60;"); "AT&T" stays. */
const ENTITY_START = /&(?=#\d{1,7};|#[xX][\da-fA-F]{1,6};|[A-Za-z][A-Za-z\d]{1,31};)/g;

/**
 * Data as Markdown text, for a table cell or inside a sentence. In order: direction controls
 * removed, line breaks and tabs made spaces and the ends trimmed (a cell is one line), the
 * formula rule of every export (a leading apostrophe before = + - @), then only what Markdown
 * needs escaped: \ ` * _ [ ] | ~ $ @ with a backslash, < and > (and & where it would start an
 * entity) as entities, and a heading's # or a list's "1." at the start of the text. Dots, dashes, brackets and
 * quotes elsewhere stay as they are.
 */
export function mdText(value: string): string {
  const flat = value
    .replace(BIDI_CONTROLS, '')
    .replace(/[\t\n\v\f\r\u2028\u2029]+/g, ' ')
    .trim();
  return neutraliseCell(flat)
    .replace(INLINE_SPECIAL, (c) => `\\${c}`)
    .replace(ENTITY_START, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/^#(?=#{0,5}(\s|$))/, '\\#')
    .replace(/^(\d{1,9})([.)])(?=\s|$)/, '$1\\$2');
}

const HTTP_URL = /^https?:\/\/[^\s/?#]+/i;
// Characters a URL may hold as they are; anything else is percent-encoded, so that no space,
// "<", ">" or "|" can end the link or the table cell.
const URL_UNSAFE = /[^A-Za-z\d\-._~:/?#[\]@!$&'()*+,;=%]/gu;

/**
 * A URL as a Markdown autolink (`<https://…>`) when it is http or https with a host; any other
 * URL (javascript:, data:, file:, a bare path) as plain text through `mdText`, never a link.
 */
export function mdLink(url: string): string {
  const trimmed = url.trim();
  if (!HTTP_URL.test(trimmed)) return mdText(url);
  const encoded = trimmed.replace(URL_UNSAFE, (c) => {
    try {
      return encodeURIComponent(c);
    } catch {
      // A lone surrogate cannot be encoded; it becomes the replacement character.
      return '%EF%BF%BD';
    }
  });
  return `<${encoded}>`;
}

/** A GFM table: `head` and `rows` are Markdown already (data through mdText, numbers as shown). */
export function mdTable(head: readonly string[], rows: ReadonlyArray<readonly string[]>): string[] {
  return [
    `| ${head.join(' | ')} |`,
    `| ${head.map(() => '---').join(' | ')} |`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ];
}
