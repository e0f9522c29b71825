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

/** A real, slow inbox for the browser tests: answers a POST to /__slow-inbox after 800 ms. */
export async function slowInbox(context, next) {
  if (context.path !== '/__slow-inbox') return next();
  await new Promise((r) => setTimeout(r, 800));
  context.status = 201;
  context.body = { ok: true };
  return undefined;
}
