import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import '../../src/feedback/feedback.js';
import type { AfterwordFeedback } from '../../src/feedback/feedback.js';
import { pageUrl } from '../../src/shared/page.js';
import { remove } from '../../src/shared/storage.js';

const DRAFT = `afterword:feedback:draft:${pageUrl()}`;
const QUEUE = 'afterword:feedback:queue';

const sinkUrl = (name: string) => `/__sink/${name}`;
const setStatus = (name: string, status: number) =>
  fetch(`${sinkUrl(name)}?status=${status}`, { method: 'PUT' });
const sinkState = async (name: string) =>
  (await (await fetch(sinkUrl(name))).json()) as { requests: number; records: { id: string }[] };

const $ = <T extends Element = HTMLInputElement>(el: AfterwordFeedback, sel: string) =>
  el.shadowRoot!.querySelector<T>(sel)!;
const status = (el: AfterwordFeedback) => $(el, '[part="status"]').textContent!.trim();

/** Two forms on one page, each posting to its own real inbox. */
async function page(a: string, b: string): Promise<[AfterwordFeedback, AfterwordFeedback]> {
  const root = await fixture<HTMLDivElement>(
    html`<div>
      <afterword-feedback
        endpoint=${sinkUrl(a)}
        kinds="feedback"
        min-seconds="0"
      ></afterword-feedback>
      <afterword-feedback
        endpoint=${sinkUrl(b)}
        kinds="feedback"
        min-seconds="0"
      ></afterword-feedback>
    </div>`,
  );
  const forms = [...root.querySelectorAll('afterword-feedback')] as AfterwordFeedback[];
  await Promise.all(forms.map((f) => f.updateComplete));
  return forms as [AfterwordFeedback, AfterwordFeedback];
}

describe('<afterword-feedback> outbox', () => {
  const clean = () => {
    for (const area of ['local', 'session'] as const) {
      remove(DRAFT, area);
      remove(QUEUE, area);
    }
  };
  beforeEach(clean);
  afterEach(() => {
    fixtureCleanup();
    clean();
  });

  it('two forms on one page: only the form that queued a message shows its retries', async () => {
    const id = Math.random().toString(36).slice(2);
    const [a, b] = [`a-${id}`, `b-${id}`];
    await setStatus(a, 503);
    let [first, second] = await page(a, b);
    const heard: string[] = [];
    const listen = (el: AfterwordFeedback, name: string) =>
      el.addEventListener('afterword-feedback-sent', () => heard.push(name));
    const message = $(first, '[name="message"]');
    message.value = 'Queued while the inbox is down';
    message.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await first.updateComplete;
    $(first, '[part="button"]').click();
    await waitUntil(() => status(first).startsWith('Saved'), 'the first form queues');
    expect(status(second)).to.equal('');

    // The next page view: the queued message is tried again at once, and only its form says so.
    fixtureCleanup();
    [first, second] = await page(a, b);
    await waitUntil(async () => (await sinkState(a)).requests === 2, 'retried on the next view');
    await waitUntil(() => status(first).startsWith('Saved'), 'still queued, and it says so');
    expect(status(second)).to.equal('');

    await setStatus(a, 201);
    listen(first, 'first');
    listen(second, 'second');
    window.dispatchEvent(new Event('online'));
    await waitUntil(() => status(first) === 'Sent. Thank you!', 'sent when back online');
    expect(status(second)).to.equal('');
    expect(heard).to.deep.equal(['first']);
    expect((await sinkState(a)).records).to.have.length(1);
    expect((await sinkState(b)).requests).to.equal(0);
  });
});
