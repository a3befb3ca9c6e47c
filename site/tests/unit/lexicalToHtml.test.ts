import { describe, expect, it } from 'vitest'
import { lexicalToHtml, type LexicalNode } from '../../src/lib/lexicalToHtml.ts'

const text = (value: string, format = 0): LexicalNode => ({ type: 'text', text: value, format })
const paragraph = (...children: LexicalNode[]): LexicalNode => ({ type: 'paragraph', children })
const doc = (...children: LexicalNode[]) => ({ root: { type: 'root', children } })
const render = (...children: LexicalNode[]) => lexicalToHtml(doc(...children))

describe('lexicalToHtml', () => {
  it('renders paragraphs and headings, body headings start at h2', () => {
    expect(
      render(
        { type: 'heading', tag: 'h1', children: [text('Titel')] },
        { type: 'heading', tag: 'h3', children: [text('Abschnitt')] },
        { type: 'heading', tag: 'h6', children: [text('Klein')] },
        paragraph(text('Hallo')),
      ),
    ).toBe('<h2>Titel</h2><h3>Abschnitt</h3><h4>Klein</h4><p>Hallo</p>')
  })

  it('maps the heading levels a document uses onto h2… without skipping levels', () => {
    const h = (tag: string, value: string): LexicalNode => ({ type: 'heading', tag, children: [text(value)] })
    expect(render(h('h3', 'a'), h('h4', 'b'), h('h3', 'c'))).toBe('<h2>a</h2><h3>b</h3><h2>c</h2>')
    expect(render(h('h2', 'a'), h('h4', 'b'))).toBe('<h2>a</h2><h3>b</h3>')
    // h2 → h4 directly while h3 is used elsewhere: clamped to one level deeper than the previous heading.
    expect(render(h('h2', 'a'), h('h4', 'b'), h('h3', 'c'))).toBe('<h2>a</h2><h3>b</h3><h3>c</h3>')
    // A document that starts with its deepest level still starts at h2.
    expect(render(h('h5', 'a'), h('h2', 'b'))).toBe('<h2>a</h2><h2>b</h2>')
  })

  it('applies format bits (bold, italic, underline, strikethrough, code, sub, sup, highlight)', () => {
    expect(render(paragraph(text('b', 1), text('i', 2), text('u', 8), text('s', 4), text('c', 16)))).toBe(
      '<p><strong>b</strong><em>i</em><u>u</u><s>s</s><code>c</code></p>',
    )
    expect(render(paragraph(text('x', 1 | 2 | 8)))).toBe('<p><strong><em><u>x</u></em></strong></p>')
    expect(render(paragraph(text('2', 32), text('3', 64), text('h', 128)))).toBe(
      '<p><sub>2</sub><sup>3</sup><mark>h</mark></p>',
    )
  })

  it('renders line breaks, quotes, rules, code blocks', () => {
    expect(render(paragraph(text('a'), { type: 'linebreak' }, text('b')))).toBe('<p>a<br>b</p>')
    expect(render({ type: 'quote', children: [text('Zitat')] })).toBe('<blockquote>Zitat</blockquote>')
    expect(render({ type: 'horizontalrule' })).toBe('<hr>')
    expect(
      render({ type: 'code', children: [{ type: 'code-highlight', text: 'a < b' }, { type: 'linebreak' }, text('c')] }),
    ).toBe('<pre><code>a &lt; b\nc</code></pre>')
  })

  it('renders bullet, numbered, nested and check lists', () => {
    const item = (...children: LexicalNode[]): LexicalNode => ({ type: 'listitem', children })
    expect(
      render({
        type: 'list',
        listType: 'bullet',
        children: [item(text('eins')), item({ type: 'list', listType: 'number', start: 3, children: [item(text('drei'))] })],
      }),
    ).toBe('<ul><li>eins</li><li class="nested"><ol start="3"><li>drei</li></ol></li></ul>')
    expect(
      render({
        type: 'list',
        listType: 'check',
        children: [{ type: 'listitem', checked: true, children: [text('erledigt')] }],
      }),
    ).toBe('<ul class="checklist"><li class="checked"><span aria-hidden="true">☑ </span>erledigt</li></ul>')
  })

  it('renders http(s), mailto and relative links; external ones get rel=noopener', () => {
    const link = (url: string, newTab = false): LexicalNode => ({
      type: 'link',
      fields: { linkType: 'custom', url, newTab },
      children: [text('x')],
    })
    expect(render(paragraph(link('https://example.org/a?b=1&c=2')))).toBe(
      '<p><a href="https://example.org/a?b=1&amp;c=2" rel="noopener noreferrer">x</a></p>',
    )
    expect(render(paragraph(link('mailto:poststelle@example.org')))).toBe(
      '<p><a href="mailto:poststelle@example.org">x</a></p>',
    )
    expect(render(paragraph(link('/documents/5')))).toBe('<p><a href="/documents/5">x</a></p>')
    expect(render(paragraph(link('https://example.org', true)))).toBe(
      '<p><a href="https://example.org/" target="_blank" rel="noopener noreferrer">x</a></p>',
    )
    expect(render(paragraph({ type: 'autolink', url: 'http://intranet.local', children: [text('i')] }))).toBe(
      '<p><a href="http://intranet.local/" rel="noopener noreferrer">i</a></p>',
    )
  })

  it('links internal document relations to the site path', () => {
    const internal: LexicalNode = {
      type: 'link',
      fields: { linkType: 'internal', doc: { relationTo: 'documents', value: { id: 42, title: 'x' } } },
      children: [text('Anweisung')],
    }
    expect(render(paragraph(internal))).toBe('<p><a href="/documents/42">Anweisung</a></p>')
  })

  it('renders simple tables with header cells, inside a focusable labelled region', () => {
    const cell = (value: string, headerState = 0): LexicalNode => ({
      type: 'tablecell',
      headerState,
      children: [paragraph(text(value))],
    })
    expect(
      lexicalToHtml(
        doc({
          type: 'table',
          children: [
            { type: 'tablerow', children: [cell('Tag', 1), cell('Zeit', 1)] },
            { type: 'tablerow', children: [cell('Mo', 2), cell('7–18')] },
          ],
        }),
        { tableLabel: 'Table' },
      ),
    ).toBe(
      '<div class="table-wrap" role="region" aria-label="Table" tabindex="0"><table><tbody>' +
        '<tr><th scope="col"><p>Tag</p></th><th scope="col"><p>Zeit</p></th></tr>' +
        '<tr><th scope="row"><p>Mo</p></th><td><p>7–18</p></td></tr></tbody></table></div>',
    )
  })

  it('maps alignment to classes, never to style attributes', () => {
    expect(render({ type: 'paragraph', format: 'center', children: [text('m')] })).toBe('<p class="align-center">m</p>')
    expect(render({ type: 'paragraph', format: 'left', children: [text('l')] })).toBe('<p>l</p>')
  })

  describe('XSS', () => {
    it('escapes text', () => {
      expect(render(paragraph(text('<script>alert(1)</script> & "quotes" \'single\'')))).toBe(
        '<p>&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot; &#39;single&#39;</p>',
      )
      expect(render(paragraph(text('<img src=x onerror=alert(1)>', 1)))).toBe(
        '<p><strong>&lt;img src=x onerror=alert(1)&gt;</strong></p>',
      )
    })

    it.each([
      'javascript:alert(1)',
      'JavaScript:alert(1)',
      ' javascript:alert(1)',
      'java\tscript:alert(1)',
      'java\nscript:alert(1)',
      '\u0001javascript:alert(1)',
      'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
      'vbscript:msgbox(1)',
      'file:///etc/passwd',
    ])('drops the link but keeps its text for %j', (url) => {
      const html = render(paragraph({ type: 'link', fields: { url }, children: [text('klick')] }))
      expect(html).toBe('<p>klick</p>')
    })

    it('keeps entity-encoded schemes inert (the & is escaped, so the browser sees a relative path)', () => {
      const html = render(paragraph({ type: 'link', fields: { url: 'javascript&#58;alert(1)' }, children: [text('x')] }))
      const href = /href="([^"]*)"/.exec(html)?.[1] ?? ''
      const decodedOnce = href.replace(/&amp;/g, '&')
      expect(new URL(decodedOnce, 'https://site.example/documents/1').origin).toBe('https://site.example')
    })

    it('cannot break out of the href attribute', () => {
      const html = render(
        paragraph({ type: 'link', fields: { url: '/a" onmouseover="alert(1)' }, children: [text('x')] }),
      )
      expect(html).toBe('<p><a href="/a%22%20onmouseover=%22alert(1)">x</a></p>'.replace(/%22/g, '&quot;'))
      expect(html).not.toMatch(/" onmouseover/)
    })

    it('ignores attributes smuggled into node fields', () => {
      const html = render(
        { type: 'heading', tag: 'h2 onclick=alert(1)', children: [text('x')] },
        { type: 'list', listType: 'number', start: '1" onclick="x', children: [] },
        { type: 'paragraph', format: 'center" style="x', children: [text('y')] },
        { type: 'tablecell', colSpan: '2" onclick="x', children: [] },
      )
      expect(html).toBe('<h2>x</h2><ol></ol><p>y</p><td></td>')
    })

    it('renders nothing for unknown leaves and keeps text of unknown containers', () => {
      expect(render({ type: 'upload', value: { url: 'javascript:alert(1)' } }, { type: 'custom', children: [text('t')] })).toBe('t')
    })
  })

  it('tolerates garbage input', () => {
    expect(lexicalToHtml(null)).toBe('')
    expect(lexicalToHtml('<p>')).toBe('')
    expect(lexicalToHtml({ root: 'x' })).toBe('')
    expect(lexicalToHtml({ root: { children: [null, 1, 'x', [], { type: 'paragraph', children: 'no' }] } })).toBe('')
    expect(render(paragraph({ type: 'text', text: 5 }))).toBe('')
  })

  it('stops at hostile nesting depth instead of overflowing the stack', () => {
    let node: LexicalNode = text('deep')
    for (let i = 0; i < 10_000; i++) node = { type: 'quote', children: [node] }
    expect(() => render(node)).not.toThrow()
    expect(render(node)).not.toContain('deep')
  })
})
