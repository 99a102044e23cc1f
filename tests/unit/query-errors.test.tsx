import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

// tests/setup.ts leaves the document out of the errors of waitFor's attempts: a failure must still
// show it, once.
describe('a query that fails', () => {
  it('shows the document when it fails outside waitFor', () => {
    render(<p>hello there</p>);
    expect(() => screen.getByRole('button')).toThrow(/Unable to find[\s\S]*hello there/);
  });

  it('shows the document once when a findBy query times out', async () => {
    render(<p>hello there</p>);
    const message = await screen.findByRole('button', {}, { timeout: 150 }).then(
      () => '',
      (error: Error) => error.message,
    );
    expect(message).toContain('Unable to find role="button"');
    expect(message.split('hello there')).toHaveLength(2);
  });
});
