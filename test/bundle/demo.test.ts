// The demo article, with the built script: its support prompt shows the reader's goal.
import { expect, waitUntil } from '@open-wc/testing';

/** The demo article, loaded in a frame of a small desktop's size. */
async function openDemo(): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.style.width = '900px';
  frame.style.height = '700px';
  document.body.append(frame);
  const loaded = new Promise((r) => frame.addEventListener('load', r, { once: true }));
  frame.src = '/demo/index.html';
  await loaded;
  return frame;
}

describe('demo/index.html', () => {
  it('the inline support prompt shows its goal from demo/goal.json, fetched as the reader nears it', async () => {
    const frame = await openDemo();
    try {
      const doc = frame.contentDocument!;
      const prompt = (): Element | null => doc.querySelector('afterword-support:not([mode])');
      // The prompt stands at the foot of the article: it is built only as the reader comes near.
      await waitUntil(() => frame.contentWindow!.customElements.get('afterword-support'));
      await new Promise((r) => setTimeout(r, 300));
      const goalRequests = (): number =>
        frame
          .contentWindow!.performance.getEntriesByType('resource')
          .filter((e) => e.name.endsWith('/demo/goal.json')).length;
      expect(goalRequests(), 'no request on load for a prompt at the foot').to.equal(0);
      prompt()!.scrollIntoView();
      const goal = (): Element | null | undefined =>
        prompt()?.shadowRoot?.querySelector('[part="goal"]');
      await waitUntil(goal, 'the goal did not show', { timeout: 8000 });
      expect(goal()!.querySelector('p')!.textContent).to.equal('€1,240 of €3,000 · 87 supporters');
      expect(goal()!.querySelector('progress')!.value).to.equal(1240);
      expect(goalRequests()).to.equal(1);
    } finally {
      frame.remove();
    }
  });

  it('lists the Ledger’s other articles from demo/feed.xml under the article, not the one being read', async () => {
    const frame = await openDemo();
    try {
      const doc = frame.contentDocument!;
      const feedRequests = (): number =>
        frame
          .contentWindow!.performance.getEntriesByType('resource')
          .filter((e) => e.name.endsWith('/demo/feed.xml')).length;
      await waitUntil(() => frame.contentWindow!.customElements.get('afterword-share'));
      await new Promise((r) => setTimeout(r, 300));
      expect(feedRequests(), 'no request on load for a list at the foot').to.equal(0);
      const more = doc.querySelector('afterword-more')!;
      more.scrollIntoView();
      await waitUntil(() => more.shadowRoot?.querySelector('[part="list"]'), 'no list', {
        timeout: 8000,
      });
      const titles = [...more.shadowRoot!.querySelectorAll('[part="title"]')].map(
        (t) => t.textContent,
      );
      expect(titles).to.deep.equal([
        'Ten questions for the new harbour master',
        'النهر الذي نسيته الميزانية',
      ]);
      expect(feedRequests()).to.equal(1);
    } finally {
      frame.remove();
    }
  });
});
