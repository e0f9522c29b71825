import { expect } from '@open-wc/testing';
import {
  clearDraft,
  edit,
  emptyDraft,
  loadDraft,
  looksLikeBot,
  saveDraft,
  toPayload,
  uuid,
} from '../../src/feedback/draft.js';
import { payloadSchema } from '../../src/feedback/schema.js';

const page = { url: 'https://blog.example/post', title: 'Post' };
const KEY = 'afterword:feedback:draft:test-page';

describe('feedback/draft', () => {
  afterEach(() => clearDraft('test-page'));

  it('makes version 4 UUIDs the schema accepts', () => {
    const ids = new Set(Array.from({ length: 50 }, uuid));
    expect(ids.size).to.equal(50);
    for (const id of ids)
      expect(id).to.match(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  describe('toPayload', () => {
    it('builds a valid payload and leaves out empty optional fields', () => {
      const result = toPayload(
        { ...emptyDraft('feedback'), message: '  Thanks  ', name: ' ', quote: 'ignored' },
        page,
        'pt-BR',
      );
      if (!('payload' in result)) throw new Error('expected a payload');
      const p = result.payload;
      expect(payloadSchema.safeParse(p).success).to.equal(true);
      expect(p.message).to.equal('Thanks');
      expect(p.lang).to.equal('pt-BR');
      expect(p).not.to.have.any.keys('name', 'email', 'quote');
      expect(Date.parse(p.createdAt)).to.be.closeTo(Date.now(), 5000);
    });

    it('keeps the quote for corrections', () => {
      const result = toPayload(
        { ...emptyDraft('correction'), message: 'Fix', quote: 'teh' },
        page,
        'en',
      );
      expect('payload' in result && result.payload.quote).to.equal('teh');
    });

    it('names what the reader must fix', () => {
      const empty = toPayload({ ...emptyDraft('tip'), message: '   ', email: 'nope' }, page, 'en');
      expect('problems' in empty && empty.problems).to.deep.equal({
        message: 'required',
        email: 'email',
      });
      const long = toPayload(
        { ...emptyDraft('tip'), message: 'x'.repeat(5001), name: 'n'.repeat(201) },
        page,
        'en',
      );
      expect('problems' in long && long.problems).to.deep.equal({
        message: 'tooLong',
        name: 'tooLong',
      });
    });

    it('never lets a strange page language block the reader', () => {
      const result = toPayload({ ...emptyDraft('feedback'), message: 'Hi' }, page, 'en_US!!');
      expect('payload' in result && result.payload.lang).to.equal('und');
    });
  });

  describe('storage', () => {
    it('keeps tip drafts in sessionStorage only', () => {
      saveDraft('test-page', { ...emptyDraft('feedback'), message: 'public' });
      expect(localStorage.getItem(KEY)).to.include('public');
      saveDraft('test-page', { ...emptyDraft('tip'), message: 'secret' });
      expect(localStorage.getItem(KEY)).to.equal(null);
      expect(sessionStorage.getItem(KEY)).to.include('secret');
      expect(loadDraft('test-page')?.message).to.equal('secret');
    });

    it('ignores broken stored drafts', () => {
      localStorage.setItem(KEY, '{"message": 5}');
      expect(loadDraft('test-page')).to.equal(undefined);
      localStorage.removeItem(KEY);
    });
  });
});

describe('feedback/draft checks', () => {
  it('treats a filled honeypot or a too-quick submission as a bot', () => {
    const now = 100_000;
    expect(looksLikeBot('', now - 3000, undefined, now)).to.equal(false);
    expect(looksLikeBot('', now - 2999, undefined, now)).to.equal(true);
    expect(looksLikeBot('', now, 0, now)).to.equal(false);
    expect(looksLikeBot('x', now - 60_000, 0, now)).to.equal(true);
    expect(looksLikeBot('', now - 1000, NaN, now)).to.equal(true);
  });
});

describe('feedback/draft edit', () => {
  it('records the first keystroke time and brings the selection into a new correction', () => {
    const d = edit(emptyDraft('feedback'), 'message', 'Hi', 'ignored', 1000);
    expect(d).to.include({ message: 'Hi', quote: '', started: 1000 });
    expect(edit(d, 'name', 'Ana', '', 2000).started).to.equal(1000);
    const c = edit(d, 'kind', 'correction', 'the mayor said', 3000);
    expect(c).to.include({ kind: 'correction', quote: 'the mayor said' });
    expect(
      edit({ ...c, quote: 'my own words' }, 'kind', 'correction', 'other', 4000).quote,
    ).to.equal('my own words');
  });
});
