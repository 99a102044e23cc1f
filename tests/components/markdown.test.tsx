import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Markdown, parseMarkdown, slugify } from '@/components/markdown';
import { MethodologyPage } from '@/features/methodology/methodology-page';

const SOURCE = `# Title

A paragraph with \`code\`, **strong** text and [a link](https://example.com/x) across
two lines, an [anchor](#title) and a [bad link](javascript:alert(1)).

- one
- two with *emphasis*
  continued

1. first
2. second

| level | risk |
|---|---|
| 5 | 0 |
| 1 | 100 |

<script>alert("no")</script>
`;

describe('Markdown', () => {
  it('renders headings, paragraphs, lists and tables as elements', () => {
    render(<Markdown source={SOURCE} />);
    expect(screen.getByRole('heading', { level: 1, name: 'Title' })).toHaveAttribute('id', 'title');
    expect(screen.getByText('code', { selector: 'code' })).toBeInTheDocument();
    expect(screen.getByText('strong', { selector: 'strong' })).toBeInTheDocument();
    const lists = screen.getAllByRole('list');
    expect(lists).toHaveLength(2);
    expect(within(lists[0] as HTMLElement).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'one',
      'two with emphasis continued',
    ]);
    const table = screen.getByRole('table');
    expect(within(table).getAllByRole('columnheader').map((th) => th.textContent)).toEqual(['level', 'risk']);
    expect(within(table).getAllByRole('row')).toHaveLength(3);
  });

  it('opens external links safely and never renders unsafe links or raw HTML', () => {
    const { container } = render(<Markdown source={SOURCE} />);
    const external = screen.getByRole('link', { name: 'a link' });
    expect(external).toHaveAttribute('href', 'https://example.com/x');
    expect(external).toHaveAttribute('target', '_blank');
    expect(external).toHaveAttribute('rel', 'noopener noreferrer');
    expect(screen.getByRole('link', { name: 'anchor' })).not.toHaveAttribute('target');
    expect(screen.queryByRole('link', { name: 'bad link' })).toBeNull();
    expect(container.querySelector('script')).toBeNull();
    expect(screen.getByText('<script>alert("no")</script>')).toBeInTheDocument();
  });

  it('parses blocks and slugs', () => {
    expect(parseMarkdown(SOURCE).map((b) => b.kind)).toEqual(['heading', 'paragraph', 'list', 'list', 'table', 'paragraph']);
    expect(slugify('Enterprise exposure')).toBe('enterprise-exposure');
  });
});

describe('MethodologyPage', () => {
  it('shows docs/methodology.md with exactly one page heading', () => {
    render(<MethodologyPage />);
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    expect(screen.getByRole('heading', { level: 1, name: 'Methodology' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Enterprise exposure' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '2023 US Merger Guidelines' })).toHaveAttribute('rel', 'noopener noreferrer');
    expect(screen.getAllByText('rvm-1').length).toBeGreaterThan(0);
  });
});
