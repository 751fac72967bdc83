/**
 * Content text as a human-readable format prints it: control characters shown as escapes. A
 * newline in a link's text would otherwise start a line of its own, which a terminal or a CI log
 * reads as output of its own (`::error::` is a workflow command on GitHub), and an escape sequence
 * would drive the terminal.
 */
export function escapeControls(text: string): string {
  // eslint-disable-next-line no-control-regex -- the characters to show
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (char) => {
    if (char === '\n') return '\\n';
    if (char === '\r') return '\\r';
    if (char === '\t') return '\\t';
    return `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;
  });
}
