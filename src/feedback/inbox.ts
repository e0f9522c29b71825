// Whether the form sends to an Afterword inbox, which keeps what fails the spam checks in its
// Spam view and may ask for a proof of work.

/** JSON to an address ending in /api/feedback. */
export function isInbox(format: string, endpoint: string): boolean {
  try {
    return format === 'json' && /\/api\/feedback$/.test(new URL(endpoint, location.href).pathname);
  } catch {
    return false;
  }
}
