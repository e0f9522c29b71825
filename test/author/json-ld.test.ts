import { expect } from '@open-wc/testing';
import { personJsonLd } from '../../src/author/json-ld.js';

describe('author/json-ld', () => {
  it('describes a schema.org Person with the given fields', () => {
    const json = personJsonLd({
      name: 'Jane Doe',
      image: 'https://example.org/jane.jpg',
      jobTitle: 'Editor',
      url: 'https://example.org/jane',
      sameAs: ['https://x.com/jane', 'https://github.com/jane'],
    });
    expect(JSON.parse(json)).to.deep.equal({
      '@context': 'https://schema.org',
      '@type': 'Person',
      name: 'Jane Doe',
      image: 'https://example.org/jane.jpg',
      jobTitle: 'Editor',
      url: 'https://example.org/jane',
      sameAs: ['https://x.com/jane', 'https://github.com/jane'],
    });
  });

  it('leaves out empty fields', () => {
    expect(JSON.parse(personJsonLd({ name: 'Jane', jobTitle: ' ', sameAs: [] }))).to.deep.equal({
      '@context': 'https://schema.org',
      '@type': 'Person',
      name: 'Jane',
    });
  });

  it('gives nothing without a name', () => {
    expect(personJsonLd({ name: '  ', url: 'https://example.org/' })).to.equal('');
  });

  it('cannot close the script element or open a comment, and still parses to the same text', () => {
    const name = '</script><script>alert(1)</script><!-- \u2028 & -->';
    const json = personJsonLd({ name, jobTitle: '</SCRIPT >' });
    expect(json).to.not.include('<');
    expect(json).to.include('\\u003c/script>');
    const parsed = JSON.parse(json);
    expect([parsed.name, parsed.jobTitle]).to.deep.equal([name, '</SCRIPT >']);
  });
});
