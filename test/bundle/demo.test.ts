// The demo article, with the built script: its support prompt shows the reader's goal.
import { expect, waitUntil } from '@open-wc/testing';

describe('demo/index.html', () => {
  it('the inline support prompt shows its goal from demo/goal.json', async () => {
    const frame = document.createElement('iframe');
    frame.style.width = '900px';
    frame.style.height = '700px';
    document.body.append(frame);
    try {
      frame.src = '/demo/index.html';
      const goal = (): Element | null | undefined =>
        frame.contentDocument
          ?.querySelector('afterword-support:not([mode])')
          ?.shadowRoot?.querySelector('[part="goal"]');
      await waitUntil(goal, 'the goal did not show', { timeout: 8000 });
      const bar = goal()!;
      expect(bar.querySelector('p')!.textContent).to.equal('€1,240 of €3,000 · 87 supporters');
      expect(bar.querySelector('progress')!.value).to.equal(1240);
    } finally {
      frame.remove();
    }
  });
});
