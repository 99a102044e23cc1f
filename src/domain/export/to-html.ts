import { BIDI_CONTROLS } from './bidi-controls';
import { neutraliseCell } from './cell-neutralisation';

/**
 * Data as HTML text: direction controls removed, the formula rule of every export (a leading
 * apostrophe before = + - @, since a mail client or spreadsheet may paste it), then & < > " '
 * as character references, so no data can open a tag or leave an attribute.
 */
export function htmlText(value: string): string {
  return neutraliseCell(value.replace(BIDI_CONTROLS, ''))
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** An http(s) URL as an href value (escaped), or null for anything else (never a javascript: link). */
export function htmlHref(url: string): string | null {
  const trimmed = url.trim();
  if (!/^https?:\/\/[^\s/?#]+/i.test(trimmed)) return null;
  return trimmed
    .replace(/&/g, '&amp;')
    .replace(/"/g, '&quot;')
    .replace(/</g, '%3C')
    .replace(/>/g, '%3E')
    .replace(/'/g, '%27')
    .replace(/\s/g, '%20');
}
