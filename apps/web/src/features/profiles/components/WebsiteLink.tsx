function parseUrl(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** A profile's website: only http(s) addresses become links (never `javascript:`), and they open apart. */
export function WebsiteLink({ url }: { url: string }) {
  const parsed = parseUrl(url);
  if (!parsed || (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')) return <span>{url}</span>;
  return (
    <a href={parsed.href} target="_blank" rel="noopener noreferrer nofollow">
      {parsed.host + (parsed.pathname === '/' ? '' : parsed.pathname)}
    </a>
  );
}
