// The parsed-HTML node types, named once (htmlparser2 brings its own domhandler; the copy at the top
// of node_modules is an older one that other tools use, so its types are not imported directly).
import { ElementType, type parseDocument } from 'htmlparser2';

export type HtmlDocument = ReturnType<typeof parseDocument>;
export type HtmlNode = HtmlDocument['children'][number];
export type HtmlElement = Extract<HtmlNode, { attribs: Record<string, string> }>;
export type HtmlText = Extract<HtmlNode, { type: typeof ElementType.Text }>;

export const isElement = (node: HtmlNode): node is HtmlElement => 'attribs' in node;
export const isText = (node: HtmlNode): node is HtmlText => node.type === ElementType.Text;
