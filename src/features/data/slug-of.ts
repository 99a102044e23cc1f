/** A record id from words: lowercase letters, digits, "." and "-", at most 100 characters. */
export function slugOf(text: string): string {
  const slug = text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9.]+/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '')
    .replace(/-{2,}/g, '-');
  return slug.slice(0, 100).replace(/[-.]+$/, '') || 'record';
}
