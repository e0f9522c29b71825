// Each blogging platform and the placement that keeps the widgets in its theme's content column
// (checked against the real themes in the tests); where the snippets go is in the messages
// `<id>Body` and `<id>Head`.

export interface Platform {
  id: 'html' | 'wordpress' | 'ghost' | 'hugo' | 'blogger';
  /** The brand; '' for the blogger's own HTML (a translated name). */
  name: string;
  /** CSS selector auto-mount inserts the widgets after (or into, with `append`). */
  placement: string;
  position: 'after' | 'append';
  /** Auto-mount (one pasted block) rather than elements in a template. */
  automount: boolean;
}

export const PLATFORMS: Platform[] = [
  {
    id: 'html',
    name: '',
    placement: 'article',
    position: 'after',
    automount: false,
  },
  {
    id: 'wordpress',
    name: 'WordPress',
    placement: '.wp-block-post-content',
    position: 'after',
    automount: true,
  },
  {
    id: 'ghost',
    name: 'Ghost',
    placement: '.gh-content',
    position: 'append',
    automount: true,
  },
  {
    id: 'hugo',
    name: 'Hugo',
    placement: '.post-content',
    position: 'after',
    automount: true,
  },
  {
    id: 'blogger',
    name: 'Blogger',
    placement: '.post-body',
    position: 'after',
    automount: true,
  },
];

export const platform = (id: string): Platform =>
  PLATFORMS.find((p) => p.id === id) ?? PLATFORMS[0];
