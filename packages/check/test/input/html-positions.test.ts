import { expect, test } from 'vitest';
import { htmlFacts } from '../../src/input/html.js';

// micromark counts `\r\n`, `\r` and `\n` each as one line ending; raw HTML links must be placed the same way.
test.each([
  ['\n', 'LF'],
  ['\r\n', 'CRLF'],
  ['\r', 'CR'],
])('a link in raw HTML after %j line endings is placed on the line and column of its attribute (%s)', (ending) => {
  const html = ['<div>', '  <a href="./first.md">one</a>', '<p>text</p>   <img src="second.png">', '</div>'].join(ending);
  const start = { line: 10, column: 3, offset: 200 };
  const { links } = htmlFacts(html, start);
  expect(links.map((link) => [link.url, link.position?.start.line, link.position?.start.column])).toEqual([
    ['./first.md', 11, 6],
    ['second.png', 12, 20],
  ]);
  for (const link of links) {
    const at = link.position!.start.offset! - start.offset;
    expect(html.slice(at, at + 4)).toBe(link.url === './first.md' ? 'href' : 'src=');
  }
});
