// <afterword-*> in a Vue 3 app from the npm ES modules: props, events, v-if off and on, unmount.
import { expect } from '@open-wc/testing';
import { createApp, h, nextTick, reactive } from 'vue';
import 'afterword';
import {
  ATTRS,
  TAGS,
  consoleErrors,
  personNames,
  rendered,
  sendFeedback,
  type Tag,
} from './helpers.js';

describe('Vue 3', () => {
  let container: HTMLElement;
  beforeEach(() => {
    container = document.createElement('div');
    document.body.append(container);
  });
  afterEach(() => container.remove());

  /** An app that shows each widget while `state.show[tag]` holds (what v-if compiles to). */
  function mount(onFeedback?: (e: CustomEvent) => void) {
    const state = reactive({
      show: Object.fromEntries(TAGS.map((t) => [t, true])) as Record<Tag, boolean>,
      name: 'Jane Doe',
      links: ['https://github.com/jane'],
    });
    const app = createApp({
      render: () =>
        h('main', [
          h('p', 'The article.'),
          ...TAGS.map((tag) =>
            state.show[tag]
              ? h(tag, {
                  ...ATTRS[tag],
                  ...(tag === 'afterword-author' ? { name: state.name, links: state.links } : {}),
                  ...(tag === 'afterword-feedback' && onFeedback
                    ? { onAfterwordFeedback: onFeedback }
                    : {}),
                })
              : null,
          ),
          h('footer', 'The end.'),
        ]),
    });
    app.config.errorHandler = (error) => {
      throw error;
    };
    app.mount(container);
    return { app, state };
  }

  it('passes props (a list as a property) and hears events', async () => {
    const heard: string[] = [];
    const errors = await consoleErrors(async () => {
      const { app, state } = mount((e) => {
        e.preventDefault();
        heard.push(e.detail.payload.message);
      });
      await rendered(container);
      const author = container.querySelector('afterword-author')!;
      const links = () =>
        [...author.shadowRoot!.querySelectorAll<HTMLElement>('[part="link"]')].map(
          (a) => a.dataset.network,
        );
      expect(links()).to.deep.equal(['github']);
      state.name = 'Jane Q. Doe';
      state.links = ['https://github.com/jane', 'https://bsky.app/profile/jane.example'];
      await nextTick();
      await (author as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
      expect(author.shadowRoot!.querySelector('[part="name"]')!.textContent).to.equal(
        'Jane Q. Doe',
      );
      expect(links()).to.deep.equal(['github', 'bluesky']);
      expect(personNames()).to.deep.equal(['Jane Q. Doe']);
      await sendFeedback(container, 'Hello from Vue');
      expect(heard).to.deep.equal(['Hello from Vue']);
      app.unmount();
      expect(container.querySelector('afterword-author')).to.equal(null);
      expect(personNames()).to.deep.equal([]);
    });
    expect(errors).to.deep.equal([]);
  });

  it('takes each element away with v-if and brings it back, twice', async () => {
    const errors = await consoleErrors(async () => {
      const { app, state } = mount();
      await rendered(container);
      for (const tag of TAGS) {
        for (let round = 0; round < 2; round++) {
          state.show[tag] = false;
          await nextTick();
          expect(container.querySelector(tag), `${tag} off`).to.equal(null);
          if (tag === 'afterword-author') expect(personNames()).to.deep.equal([]);
          state.show[tag] = true;
          await nextTick();
          await rendered(container, [tag]);
        }
      }
      expect([...container.querySelector('main')!.children].map((e) => e.localName)).to.deep.equal([
        'p',
        ...TAGS,
        'footer',
      ]);
      expect(personNames()).to.deep.equal(['Jane Doe']);
      app.unmount();
      expect(container.innerHTML).to.equal('');
      expect(personNames()).to.deep.equal([]);
    });
    expect(errors).to.deep.equal([]);
  });
});
