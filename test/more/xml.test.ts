// The feed's XML reader: what it reads, and every way a feed can be malformed.
import { expect } from '@open-wc/testing';
import { parseXml, type XmlElement } from '../../src/more/xml.js';

const kids = (el: XmlElement) => el.children.filter((c): c is XmlElement => typeof c !== 'string');

describe('the XML reader', () => {
  it('reads elements, attributes, text and their namespaces', () => {
    const root = parseXml(
      `<?xml version="1.0" encoding="UTF-8"?>\n<!-- a feed -->\n<rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/">
        <channel><title>Harbour Post</title><media:content url="a.jpg" medium='image'/></channel>
      </rss>\n`,
    );
    expect(root.name).to.equal('rss');
    expect(root.ns).to.equal('');
    expect(root.attrs.version).to.equal('2.0');
    const [channel] = kids(root);
    const [title, media] = kids(channel);
    expect(title.children).to.deep.equal(['Harbour Post']);
    expect(media).to.include({
      name: 'media:content',
      local: 'content',
      ns: 'http://search.yahoo.com/mrss/',
    });
    expect(media.attrs).to.deep.equal({ url: 'a.jpg', medium: 'image' });
  });

  it('gives a default namespace to the element that declares it and those inside', () => {
    const root = parseXml(
      '<feed xmlns="http://www.w3.org/2005/Atom"><entry><title>x</title></entry></feed>',
    );
    expect(root.ns).to.equal('http://www.w3.org/2005/Atom');
    expect(kids(kids(root)[0])[0].ns).to.equal('http://www.w3.org/2005/Atom');
  });

  it('decodes the five entities and numeric references, in text and attributes', () => {
    const root = parseXml(
      '<t a="&quot;x&quot; &amp; &#x1F30A;">Won&#8217;t &lt;b&gt; &amp; &apos;q&apos; &#x2014; &#128031;</t>',
    );
    expect(root.children).to.deep.equal(["Won’t <b> & 'q' — 🐟"]);
    expect(root.attrs.a).to.equal('"x" & 🌊');
  });

  it('keeps CDATA as it is, joined with the text around it', () => {
    const root = parseXml('<t>a <![CDATA[<p>Fish & chips</p>]]> b</t>');
    expect(root.children).to.deep.equal(['a <p>Fish & chips</p> b']);
  });

  it('skips a byte order mark, processing instructions, comments and a DOCTYPE', () => {
    const root = parseXml(
      '\uFEFF<?xml version="1.0"?><!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "http://my.netscape.com/publish/formats/rss-0.91.dtd"><?xml-stylesheet href="s.xsl"?><rss><!-- x --></rss>',
    );
    expect(root.name).to.equal('rss');
    expect(parseXml('<!DOCTYPE x [ <!ENTITY y "z"> ]><x/>').name).to.equal('x');
  });

  const MALFORMED: [string, string, RegExp][] = [
    [
      'an unescaped ampersand',
      '<t>Fish & chips</t>',
      /a bare "&" \(XML needs "&amp;"\) at line 1, column 9/,
    ],
    ['an HTML entity', '<t>a&nbsp;b</t>', /"&nbsp;" is not an XML entity/],
    ['a reference without its semicolon', '<t>&amp b</t>', /is not an XML entity/],
    ['a numeric reference to nothing', '<t>&#0;</t>', /"&#0;" is not an XML entity/],
    ['a tag closed by another', '<a><b></a></b>', /"<\/a>" closes <b> at line 1, column 7/],
    ['an element left open', '<rss><channel></rss>', /"<\/rss>" closes <channel>/],
    ['a document cut short', '<rss><channel><item>', /<item> is not closed/],
    ['a closing tag with nothing open', '</rss>', /"<\/rss>" closes nothing/],
    ['two roots', '<a/><b/>', /a second root element/],
    ['text outside the root', '<a/>tail', /text outside the root element/],
    ['nothing at all', '  ', /no root element/],
    ['an unquoted attribute', '<a href=x/>', /a quoted attribute value expected/],
    ['an attribute given twice', '<a x="1" x="2"/>', /attribute "x" twice/],
    ['"<" in an attribute', '<a x="<"/>', /"<" in an attribute value/],
    ['attributes run together', '<a x="1"y="2"/>', /a space expected between attributes/],
    ['an undeclared prefix', '<media:content/>', /the prefix "media" is not declared/],
    ['an unclosed comment', '<a><!-- x </a>', /unclosed comment/],
    ['an unclosed CDATA section', '<a><![CDATA[ x </a>', /unclosed CDATA section/],
    ['a late XML declaration', '<a/><?xml version="1.0"?>', /a misplaced XML declaration/],
    ['a tag without a name', '<a>< b/></a>', /a name expected/],
    [
      'an HTML page',
      '<!doctype html><html><head><meta charset="utf-8"></head><body></body></html>',
      /a name expected at line 1, column 2/,
    ],
  ];
  for (const [what, text, message] of MALFORMED)
    it(`refuses ${what}, saying what and where`, () => {
      expect(() => parseXml(text)).to.throw(Error, message);
    });

  it('says the line and column of the fault', () => {
    expect(() => parseXml('<rss>\n  <title>Fish & chips</title>\n</rss>')).to.throw(
      /at line 2, column 15$/,
    );
  });
});
