import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Suspense } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { PageErrorBoundary } from '@/app/error-boundary';
import { retryableLazy } from '@/app/routes';
import { takeConsoleErrors } from '../console-guard';

describe('a page whose code failed to load', () => {
  it('loads again on "Try again" instead of remembering the failure', async () => {
    let online = false;
    const load = vi.fn(() =>
      online
        ? Promise.resolve({ default: () => <h1>Loaded page</h1> })
        : Promise.reject(new TypeError('Failed to fetch dynamically imported module')),
    );
    const Page = retryableLazy(load);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    render(
      <PageErrorBoundary resetKey="/x">
        <Suspense fallback={<p>Loading</p>}>
          <Page />
        </Suspense>
      </PageErrorBoundary>,
    );
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('could not be loaded');
    // React reports the error its boundary caught through console.error; that one is expected
    // (the console-error guard fails the test on any other).
    const logged = takeConsoleErrors().map((c) => c.message);
    expect(logged.length).toBeGreaterThan(0);
    for (const message of logged) expect(message).toMatch(/Failed to fetch dynamically imported module/);
    const failedCalls = load.mock.calls.length;
    online = true;
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('heading', { name: 'Loaded page' })).toBeInTheDocument();
    expect(load.mock.calls.length).toBeGreaterThan(failedCalls);
    warn.mockRestore();
  });
});
