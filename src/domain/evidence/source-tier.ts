import type { Source, SourceTier } from '../schema/source';
import { SOURCE_HOSTS, type SourceHosts } from './source-hosts';

/** What a source is cited for: the provider whose record it backs (null for industry-wide). */
export interface TierContext {
  providerId: string | null;
}

/**
 * Path segments where anyone can write on a provider's own repository: an issue, a pull request
 * or a discussion there is not the provider speaking.
 */
const USER_CONTENT_SEGMENTS = new Set(['issues', 'pull', 'pulls', 'discussions', 'compare']);

/** Hugging Face pages that name the organisation second: /collections/<org>/…, /datasets/<org>/…. */
const HF_PREFIXES = new Set(['collections', 'datasets', 'spaces']);

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

function normaliseHost(hostname: string): string {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  return host.startsWith('www.') ? host.slice(4) : host;
}

/** Host of `url`, lower-case, without "www." or a trailing dot; null when it does not parse. */
export function sourceHost(url: string): string | null {
  const parsed = parse(url);
  return parsed ? normaliseHost(parsed.hostname) : null;
}

/** True when `host` is `domain` or one of its subdomains. */
function onDomain(host: string, domain: string): boolean {
  return host === domain || host.endsWith(`.${domain}`);
}

/** The first entry of `domains` that `host` falls under, if any. */
export function matchDomain(host: string, domains: readonly string[]): string | undefined {
  return domains.find((d) => onDomain(host, d.toLowerCase()));
}

/** The organisation a GitHub or Hugging Face URL belongs to, or null for user-written pages. */
function hubOrganisation(url: URL, segments: string[]): string | null {
  if (segments.some((s) => USER_CONTENT_SEGMENTS.has(s))) return null;
  // A Hugging Face pull request's branch (refs/pr/N) is written by whoever opened it.
  if (/refs(%2F|\/)pr(%2F|\/)/i.test(url.pathname)) return null;
  const [first, second] = segments;
  if (first !== undefined && HF_PREFIXES.has(first)) return second ?? null;
  return first ?? null;
}

function isProviderHub(url: URL, host: string, hosts: SourceHosts, providerId: string): boolean {
  const provider = hosts.providers[providerId];
  if (!provider) return false;
  if (matchDomain(host, provider.domains)) return true;
  const segments = url.pathname.split('/').filter((s) => s !== '');
  const orgs =
    host === 'github.com' || host === 'raw.githubusercontent.com'
      ? provider.github
      : host === 'huggingface.co' || host === 'hf.co'
        ? provider.huggingface
        : null;
  if (!orgs) return false;
  const org = hubOrganisation(url, segments);
  return org !== null && orgs.some((o) => o.toLowerCase() === org.toLowerCase());
}

/**
 * The tier of `source` when cited for a record of `context.providerId`: its explicit `tier` if
 * the data sets one; else `primary` for a regulator or official journal, or for the provider's
 * own domains and GitHub or Hugging Face organisations (not issues, pull requests or
 * discussions there); `press` for a reputable news host; `secondary` for everything else,
 * including another provider's pages and copies of a provider's files under other accounts.
 */
export function sourceTier(
  source: Source,
  context: TierContext,
  hosts: SourceHosts = SOURCE_HOSTS,
): SourceTier {
  if (source.tier) return source.tier;
  const url = parse(source.url);
  if (url === null) return 'secondary';
  const host = normaliseHost(url.hostname);
  if (matchDomain(host, hosts.official)) return 'primary';
  if (context.providerId !== null && isProviderHub(url, host, hosts, context.providerId)) {
    return 'primary';
  }
  if (matchDomain(host, hosts.press)) return 'press';
  return 'secondary';
}
