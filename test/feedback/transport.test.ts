import { resolveOptions } from '../../src/feedback/options.js';
import { expect } from '@open-wc/testing';
import { payloadSchema, type FeedbackPayload } from '../../src/feedback/schema.js';
import {
  WEB3FORMS,
  backoff,
  buildRequest,
  enqueue,
  flush,
  isAddress,
  isEndpoint,
  mailtoUrl,
  queued,
  send,
  serverMessage,
  type Destination,
  type Outcome,
  type Queued,
} from '../../src/feedback/transport.js';
import { remove } from '../../src/shared/storage.js';

const payload: FeedbackPayload = {
  id: '0b9d3c1e-4b5a-4f6e-9a7b-2c3d4e5f6a7b',
  kind: 'correction',
  message: 'The date is wrong & so is the "name".',
  email: 'ana@example.org',
  quote: 'On 3 March',
  page: { url: 'https://blog.example/a?b=1', title: 'A story' },
  lang: 'en',
  createdAt: '2026-01-02T03:04:05.000Z',
};

type Call = { url: string; method?: string; headers: Record<string, string>; body: string };

/** Replaces window.fetch with a recorder that answers with `answer`. */
function stubFetch(answer: (call: Call) => Response | Promise<Response>): {
  calls: Call[];
  restore: () => void;
} {
  const calls: Call[] = [];
  const original = window.fetch;
  window.fetch = (async (url: RequestInfo | URL, init: RequestInit = {}) => {
    // An inbox without --pow: a retry's request for a fresh challenge finds none.
    if (String(url).endsWith('/api/challenge')) return new Response('', { status: 404 });
    const call = {
      url: String(url),
      method: init.method,
      headers: init.headers as Record<string, string>,
      body: String(init.body),
    };
    calls.push(call);
    return answer(call);
  }) as typeof fetch;
  return { calls, restore: () => (window.fetch = original) };
}

const dest = (over: Partial<Destination>): Destination => ({
  format: 'json',
  endpoint: '/api/feedback',
  subject: 'Correction: A story',
  ...over,
});
const JSON_TYPE = { 'Content-Type': 'application/json', Accept: 'application/json' };
const FORM_TYPE = { 'Content-Type': 'application/x-www-form-urlencoded' };

describe('feedback/transport', () => {
  describe('each destination sends what its service documents', () => {
    let stub: ReturnType<typeof stubFetch>;
    beforeEach(() => (stub = stubFetch(() => new Response('{}', { status: 200 }))));
    afterEach(() => stub.restore());

    const flat = {
      id: payload.id,
      kind: 'correction',
      message: payload.message,
      email: 'ana@example.org',
      quote: 'On 3 March',
      lang: 'en',
      createdAt: payload.createdAt,
      url: 'https://blog.example/a?b=1',
      title: 'A story',
    };
    const table: [
      string,
      Partial<Destination>,
      string,
      Record<string, string>,
      (body: string) => unknown,
      unknown,
    ][] = [
      ['json', {}, '/api/feedback', JSON_TYPE, JSON.parse, payload],
      [
        'formspree',
        { format: 'formspree', endpoint: 'https://formspree.io/f/xyzabcd' },
        'https://formspree.io/f/xyzabcd',
        JSON_TYPE,
        JSON.parse,
        { ...flat, _subject: 'Correction: A story' },
      ],
      [
        'web3forms',
        { format: 'web3forms', endpoint: '', accessKey: 'KEY-123' },
        WEB3FORMS,
        JSON_TYPE,
        JSON.parse,
        { access_key: 'KEY-123', subject: 'Correction: A story', ...flat },
      ],
      [
        'netlify',
        { format: 'netlify', endpoint: '', formName: 'tips' },
        '/',
        FORM_TYPE,
        (b) => Object.fromEntries(new URLSearchParams(b)),
        { 'form-name': 'tips', ...flat },
      ],
      [
        'form',
        { format: 'form', endpoint: 'https://forms.example/in' },
        'https://forms.example/in',
        FORM_TYPE,
        (b) => Object.fromEntries(new URLSearchParams(b)),
        flat,
      ],
    ];
    for (const [name, over, url, headers, decode, body] of table) {
      it(`${name}: POST ${url}`, async () => {
        expect(await send(buildRequest(dest(over), payload))).to.deep.equal({ ok: true });
        expect(stub.calls).to.have.length(1);
        const [call] = stub.calls;
        expect(call.url).to.equal(url);
        expect(call.method).to.equal('POST');
        expect(call.headers).to.deep.equal(headers);
        expect(decode(call.body)).to.deep.equal(body);
      });
    }

    it('json sends a payload the shared schema accepts, with no empty optional fields', () => {
      const { name, ...noName } = { ...payload, name: undefined };
      void name;
      const body = JSON.parse(buildRequest(dest({}), noName as FeedbackPayload).body);
      expect(payloadSchema.safeParse(body).success).to.equal(true);
      expect(body).not.to.have.property('name');
    });

    it('urlencoded bodies write spaces as + and keep & and quotes intact', () => {
      const body = buildRequest(dest({ format: 'form' }), payload).body;
      expect(body).to.include('message=The+date+is+wrong+%26+so+is+the+%22name%22.');
    });
  });

  describe('mailto', () => {
    it('opens a message with the subject, the quote, the message and the page', () => {
      const href = mailtoUrl('news@blog.example', 'Correction: A story', payload);
      const [address, query] = href.slice('mailto:'.length).split('?');
      expect(address).to.equal('news@blog.example');
      expect(query).not.to.include('+');
      const params = new URLSearchParams(query);
      expect(params.get('subject')).to.equal('Correction: A story');
      expect(params.get('body')).to.equal(
        `> On 3 March\n\n${payload.message}\n\nhttps://blog.example/a?b=1`,
      );
    });

    it('accepts plain addresses only', () => {
      expect(isAddress('news@blog.example')).to.equal(true);
      for (const bad of ['news', 'a@b', 'a@b.c?cc=x@y.z', 'a b@c.d', 'javascript:a@b.c'])
        expect(isAddress(bad), bad).to.equal(false);
    });
  });

  describe('isEndpoint', () => {
    const base = 'http://blog.example/post/';
    const table: [string, boolean][] = [
      ['https://inbox.example/api/feedback', true],
      ['/api/feedback', true],
      ['api/feedback', true],
      ['http://blog.example/api', true],
      ['http://localhost:8787/api/feedback', true],
      ['http://127.0.0.1/api', true],
      ['http://inbox.example/api', false],
      ['javascript:alert(1)', false],
      ['data:text/plain,x', false],
      ['ftp://x.example/', false],
    ];
    for (const [value, ok] of table)
      it(`${value} → ${ok}`, () => expect(isEndpoint(value, base)).to.equal(ok));
  });

  describe('answers', () => {
    let stub: ReturnType<typeof stubFetch>;
    let next: () => Response | Promise<Response>;
    beforeEach(() => (stub = stubFetch(() => next())));
    afterEach(() => stub.restore());
    const req = () => buildRequest(dest({}), payload);

    it('retries network errors and 5xx, not 4xx', async () => {
      next = () => Promise.reject(new TypeError('Failed to fetch'));
      expect(await send(req())).to.include({ ok: false, retry: true });
      next = () => new Response('busy', { status: 503 });
      expect(await send(req())).to.include({ ok: false, retry: true, status: 503 });
      next = () => new Response('{"error":"Too many submissions"}', { status: 429 });
      expect(await send(req())).to.deep.equal({
        ok: false,
        retry: false,
        status: 429,
        error: 'Too many submissions',
      });
    });

    it('reads the server message from {error}, {errors} (map or list), {message} or text', async () => {
      const cases: [string, string][] = [
        ['{"error":"Spam detected"}', 'Spam detected'],
        ['{"errors":{"message":"Too big"}}', 'message: Too big'],
        [
          '{"errors":[{"field":"email","message":"should be an email"}]}',
          'email: should be an email',
        ],
        ['{"success":false,"message":"Invalid access key"}', 'Invalid access key'],
        ['Nope, not today', 'Nope, not today'],
        ['<html><body>Bad</body></html>', ''],
      ];
      for (const [body, expected] of cases)
        expect(await serverMessage(new Response(body, { status: 400 })), body).to.equal(expected);
    });
  });

  describe('retry queue', () => {
    const clear = () =>
      ['local', 'session'].forEach((a) => remove('afterword:feedback:queue', a as 'local'));
    beforeEach(clear);
    afterEach(clear);

    it('waits longer after each failure, up to ten minutes', () => {
      expect([1, 2, 3, 4].map(backoff)).to.deep.equal([5000, 10000, 20000, 40000]);
      expect(backoff(30)).to.equal(600000);
    });

    it('keeps a failing item with the same id and a later time, then drops it once sent', async () => {
      let up = false;
      const stub = stubFetch(() =>
        up ? new Response('', { status: 201 }) : Promise.reject(new TypeError('offline')),
      );
      try {
        const item: Queued = {
          id: payload.id,
          payload,
          via: 'json',
          req: buildRequest(dest({}), payload),
          tries: 1,
          next: 0,
        };
        enqueue(item, 'session');
        expect(localStorage.getItem('afterword:feedback:queue')).to.equal(null);
        const results: Outcome[] = [];
        await flush((_, o) => results.push(o));
        expect(results[0]).to.include({ ok: false, retry: true });
        expect(queued()).to.have.length(1);
        expect(queued()[0].tries).to.equal(2);
        expect(queued()[0].next).to.be.greaterThan(Date.now() + 5000);
        await flush((_, o) => results.push(o));
        expect(results).to.have.length(1, 'not due yet');
        up = true;
        await flush((_, o) => results.push(o), true);
        expect(results[1]).to.deep.equal({ ok: true });
        expect(queued()).to.have.length(0);
        expect(stub.calls.map((c) => JSON.parse(c.body).id)).to.deep.equal([
          payload.id,
          payload.id,
        ]);
      } finally {
        stub.restore();
      }
    });
  });
});

describe('feedback destination (options)', () => {
  /** The form's options from JSON settings, with the problems reported. */
  const read = (settings: Record<string, unknown>) => {
    const problems: string[] = [];
    const o = resolveOptions({}, settings, (f, p) => problems.push(`${f}: ${p}`));
    return { dest: o.dest, to: o.to, problems };
  };

  it('takes an endpoint, a service with its own address, or a mail address', () => {
    expect(read({ endpoint: '/api/feedback' })).to.deep.equal({
      dest: {
        format: 'json',
        endpoint: '/api/feedback',
        accessKey: undefined,
        formName: undefined,
        subject: '',
      },
      to: undefined,
      problems: [],
    });
    expect(read({ format: 'web3forms', 'access-key': 'k' }).dest).to.include({
      format: 'web3forms',
      endpoint: '',
    });
    expect(read({ format: 'netlify' }).dest).to.include({ format: 'netlify', endpoint: '' });
    expect(read({ format: 'form' }).dest).to.equal(undefined);
    expect(read({ mailto: 'news@blog.example' })).to.deep.include({
      dest: undefined,
      to: 'news@blog.example',
      problems: [],
    });
  });

  it('reports each setting it cannot use once, and sends nowhere rather than somewhere wrong', () => {
    const bad = read({ format: 'xml', endpoint: 'javascript:alert(1)', mailto: 'nobody' });
    expect(bad.dest).to.equal(undefined);
    expect(bad.to).to.equal(undefined);
    expect(bad.problems).to.deep.equal([
      'endpoint: "javascript:alert(1)" is not an https: URL, a same-origin path or http://localhost',
      'format: "xml" is not one of json, formspree, web3forms, netlify, form',
      'mailto: "nobody" is not an email address',
    ]);
    expect(read({ format: 'web3forms' }).problems).to.deep.equal([
      'access-key: required for format "web3forms"',
    ]);
  });
});
