// Nothing is ever stored or shown as HTML, but an original carrying script is refused outright rather
// than quietly cleaned, so staff see what they pasted: script-running elements, on* event handler
// attributes and javascript:/vbscript:/data:text/html addresses anywhere in an attribute. Word's own
// markup (<style>, conditional comments, o:p) is not script and is simply dropped later. The walk is
// iterative and bounds nesting, so the recursive reading that follows cannot overflow the stack.
import { invalidArgument } from '../app-error';
import { type HtmlDocument, type HtmlNode, isElement } from './html-dom';

const SCRIPT_ELEMENTS = new Set(['script', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet']);
const EVENT_HANDLER = /^on[a-z]+$/i;
const SCRIPT_ADDRESS = /javascript:|vbscript:|data:text\/html/;
/** Word and WPS exports nest about 15 deep; a real document never needs hundreds. */
export const MAX_NESTING = 200;

export const SCRIPT_REFUSED = '正文含有脚本等不允许的内容，请删除后再提交';

const scriptable = (node: HtmlNode): boolean =>
  isElement(node) &&
  (SCRIPT_ELEMENTS.has(node.name) ||
    Object.entries(node.attribs).some(([name, value]) => EVENT_HANDLER.test(name) || SCRIPT_ADDRESS.test(value.replace(/[\s\u0000-\u001F]+/g, '').toLowerCase())));

export function refuseScriptable(doc: HtmlDocument): void {
  const stack: [HtmlNode, number][] = doc.children.map((node) => [node, 1]);
  for (let entry = stack.pop(); entry; entry = stack.pop()) {
    const [node, depth] = entry;
    if (depth > MAX_NESTING) throw invalidArgument(`正文的标签嵌套过深（最多 ${MAX_NESTING} 层），请整理格式后再提交`);
    if (scriptable(node)) throw invalidArgument(SCRIPT_REFUSED);
    if (isElement(node)) for (const child of node.children) stack.push([child, depth + 1]);
  }
}
