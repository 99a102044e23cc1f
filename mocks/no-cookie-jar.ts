// Stands in for `tough-cookie` in the browser build (see vite.config.ts and ADR 0006).
//
// MSW keeps a cookie jar so that mocked `Set-Cookie` headers reach later requests. The data
// service sets no cookies and reads none, yet tough-cookie and its public-suffix list (tldts)
// cost the landing page about 150 ms of main-thread time on a throttled phone, at start-up and
// again on every request. This jar has the same shape and is always empty. A handler that needs
// cookies would have to remove the alias first.

/** A cookie as MSW's store reads it: never created here. */
export class Cookie {
  key = '';
  value = '';
  domain: string | null = null;
  path: string | null = null;
  static fromJSON(): Cookie | null {
    return null;
  }
  toJSON(): Record<string, never> {
    return {};
  }
  toString(): string {
    return '';
  }
}

export class MemoryCookieStore {
  idx: Record<string, unknown> = {};
}

export class CookieJar {
  constructor(readonly store?: MemoryCookieStore) {}
  getCookiesSync(): Cookie[] {
    return [];
  }
  setCookie(): Promise<undefined> {
    return Promise.resolve(undefined);
  }
}
