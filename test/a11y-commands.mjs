// A test-runner command giving the page's whole accessibility tree from Chromium (roles and
// names as screen readers get them), landmarks and groups included: the stock a11ySnapshot
// command keeps only "interesting" nodes, which leaves out regions and forms.
export function axTree() {
  return {
    name: 'afterword-ax-tree',
    async executeCommand({ command, session }) {
      if (command !== 'ax-tree') return undefined;
      const page = session.browser.getPage(session.id);
      return page.accessibility.snapshot({ interestingOnly: false });
    },
  };
}

/**
 * Real inboxes for the browser tests: POST /__slow-inbox answers 201 after 800 ms;
 * /__inbox/<status> answers that status at once (503: down for now, 400: refused).
 */
export async function slowInbox(context, next) {
  const status = /^\/__inbox\/(\d{3})$/.exec(context.path)?.[1];
  if (context.path !== '/__slow-inbox' && !status) return next();
  if (!status) await new Promise((r) => setTimeout(r, 800));
  context.status = Number(status ?? 201);
  context.body = status === '400' ? { error: 'Links are not allowed' } : { ok: true };
  return undefined;
}
