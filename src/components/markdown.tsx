import { Fragment, type ReactNode } from 'react';

/*
 * A small Markdown renderer for the app's own documents (docs/*.md): headings, paragraphs,
 * lists, tables, fenced code, inline code, emphasis and links. Everything becomes React
 * elements and text; no HTML in the source is ever interpreted, so nothing can be injected.
 */

type Block =
  | { kind: 'heading'; level: 1 | 2 | 3 | 4 | 5 | 6; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'list'; ordered: boolean; items: string[] }
  | { kind: 'table'; header: string[]; rows: string[][] }
  | { kind: 'code'; text: string };

const HEADING = /^(#{1,6})\s+(.*)$/;
const BULLET = /^\s*[-*]\s+(.*)$/;
const NUMBERED = /^\s*\d+[.)]\s+(.*)$/;
const TABLE_RULE = /^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$/;

function cells(line: string): string[] {
  const trimmed = line.trim().replace(/^\|/, '').replace(/\|$/, '');
  return trimmed.split('|').map((c) => c.trim());
}

/** The blocks of a Markdown document, in order. */
export function parseMarkdown(source: string): Block[] {
  const lines = source.replace(/\r\n?/g, '\n').split('\n');
  const blocks: Block[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i] ?? '';
    if (line.trim() === '') {
      i += 1;
      continue;
    }
    if (line.trim().startsWith('```')) {
      const body: string[] = [];
      i += 1;
      while (i < lines.length && !(lines[i] ?? '').trim().startsWith('```'))
        body.push(lines[i++] ?? '');
      i += 1;
      blocks.push({ kind: 'code', text: body.join('\n') });
      continue;
    }
    const heading = HEADING.exec(line);
    if (heading) {
      const level = Math.min(6, (heading[1] ?? '#').length) as 1 | 2 | 3 | 4 | 5 | 6;
      blocks.push({ kind: 'heading', level, text: (heading[2] ?? '').trim() });
      i += 1;
      continue;
    }
    if (line.includes('|') && TABLE_RULE.test(lines[i + 1] ?? '')) {
      const header = cells(line);
      const rows: string[][] = [];
      i += 2;
      while (i < lines.length && (lines[i] ?? '').includes('|') && (lines[i] ?? '').trim() !== '')
        rows.push(cells(lines[i++] ?? ''));
      blocks.push({ kind: 'table', header, rows });
      continue;
    }
    const bullet = BULLET.exec(line);
    const numbered = NUMBERED.exec(line);
    if (bullet || numbered) {
      const ordered = !bullet;
      const marker = ordered ? NUMBERED : BULLET;
      const items: string[] = [];
      while (i < lines.length) {
        const current = lines[i] ?? '';
        const m = marker.exec(current);
        if (m) {
          items.push(m[1] ?? '');
        } else if (current.trim() !== '' && /^\s+/.test(current) && items.length > 0) {
          // An indented continuation line belongs to the item above.
          items[items.length - 1] = `${items[items.length - 1] ?? ''} ${current.trim()}`;
        } else {
          break;
        }
        i += 1;
      }
      blocks.push({ kind: 'list', ordered, items });
      continue;
    }
    const para: string[] = [];
    while (i < lines.length) {
      const current = lines[i] ?? '';
      if (
        current.trim() === '' ||
        HEADING.test(current) ||
        BULLET.test(current) ||
        current.trim().startsWith('```')
      )
        break;
      if (current.includes('|') && TABLE_RULE.test(lines[i + 1] ?? '')) break;
      para.push(current.trim());
      i += 1;
    }
    blocks.push({ kind: 'paragraph', text: para.join(' ') });
  }
  return blocks;
}

/** A URL-safe id for a heading ("Enterprise exposure" → "enterprise-exposure"). */
export function slugify(text: string): string {
  return text
    .toLowerCase()
    .replace(/[`*_]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

const INLINE = /(`[^`]+`)|(\[[^\]]+\]\([^)\s]+\))|(\*\*[^*]+\*\*)|(\*[^*\s][^*]*\*)/g;
const LINK = /^\[([^\]]+)\]\(([^)\s]+)\)$/;

/** Inline Markdown reduced to its text (for labels). */
function plainText(text: string): string {
  return text
    .replace(/`([^`]+)`/g, '$1')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/\*+/g, '');
}

function isExternal(href: string): boolean {
  return /^https?:\/\//i.test(href);
}

function isSafeHref(href: string): boolean {
  // Only web links, in-page anchors and app paths: never javascript:, data: or the like.
  return (
    isExternal(href) || href.startsWith('#') || (href.startsWith('/') && !href.startsWith('//'))
  );
}

/** Inline Markdown (code, links, strong, emphasis) as React nodes. */
export function renderInline(text: string, keyPrefix = 'i'): ReactNode[] {
  const out: ReactNode[] = [];
  let last = 0;
  let n = 0;
  for (const match of text.matchAll(INLINE)) {
    const token = match[0];
    const at = match.index;
    if (at > last) out.push(text.slice(last, at));
    const key = `${keyPrefix}-${n++}`;
    if (token.startsWith('`')) {
      out.push(<code key={key}>{token.slice(1, -1)}</code>);
    } else if (token.startsWith('[')) {
      const link = LINK.exec(token);
      const label = link?.[1] ?? token;
      const href = link?.[2] ?? '';
      if (!isSafeHref(href)) {
        out.push(<Fragment key={key}>{renderInline(label, key)}</Fragment>);
      } else if (isExternal(href)) {
        out.push(
          <a key={key} href={href} target="_blank" rel="noopener noreferrer">
            {renderInline(label, key)}
          </a>,
        );
      } else {
        out.push(
          <a key={key} href={href}>
            {renderInline(label, key)}
          </a>,
        );
      }
    } else if (token.startsWith('**')) {
      out.push(<strong key={key}>{renderInline(token.slice(2, -2), key)}</strong>);
    } else {
      out.push(<em key={key}>{renderInline(token.slice(1, -1), key)}</em>);
    }
    last = at + token.length;
  }
  if (last < text.length) out.push(text.slice(last));
  return out;
}

function Heading({ level, text }: { level: 1 | 2 | 3 | 4 | 5 | 6; text: string }) {
  const id = slugify(text);
  const children = renderInline(text, id);
  const Tag = `h${level}` as const;
  return <Tag id={id}>{children}</Tag>;
}

/** A Markdown document rendered as React elements; `headingOffset` demotes headings (1 turns # into h2). */
export function Markdown({
  source,
  headingOffset = 0,
}: {
  source: string;
  headingOffset?: number;
}) {
  const blocks = parseMarkdown(source);
  return (
    <>
      {blocks.map((block, b) => {
        const key = `b${b}`;
        switch (block.kind) {
          case 'heading':
            return (
              <Heading
                key={key}
                level={Math.min(6, block.level + headingOffset) as 1 | 2 | 3 | 4 | 5 | 6}
                text={block.text}
              />
            );
          case 'paragraph':
            return <p key={key}>{renderInline(block.text, key)}</p>;
          case 'code':
            return (
              <pre key={key}>
                <code>{block.text}</code>
              </pre>
            );
          case 'list': {
            const items = block.items.map((item, j) => (
              <li key={`${key}-${j}`}>{renderInline(item, `${key}-${j}`)}</li>
            ));
            return block.ordered ? <ol key={key}>{items}</ol> : <ul key={key}>{items}</ul>;
          }
          case 'table':
            return (
              // A wide table scrolls on its own; a keyboard user reaches it as a labelled region.
              <div
                key={key}
                className="table-wrap"
                tabIndex={0}
                role="region"
                aria-label={`Table: ${block.header.map(plainText).join(', ')}`}
              >
                <table className="data-table">
                  <thead>
                    <tr>
                      {block.header.map((h, j) => (
                        <th key={j} scope="col">
                          {renderInline(h, `${key}-h${j}`)}
                        </th>
                      ))}
                    </tr>
                  </thead>
                  <tbody>
                    {block.rows.map((row, r) => (
                      <tr key={r}>
                        {row.map((cell, j) => (
                          <td key={j}>{renderInline(cell, `${key}-${r}-${j}`)}</td>
                        ))}
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            );
        }
      })}
    </>
  );
}
