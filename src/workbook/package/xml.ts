import { SaxesParser } from 'saxes';

/**
 * A small XML tree for editing package parts in place: names keep their prefix and
 * attributes their order, so parts we do not change come out as Excel wrote them.
 */
export interface XmlElement {
  type: 'element';
  name: string;
  attributes: Record<string, string>;
  children: XmlNode[];
}

export type XmlNode =
  | XmlElement
  | { type: 'text'; text: string }
  | { type: 'cdata'; text: string }
  | { type: 'comment'; text: string }
  | { type: 'instruction'; target: string; body: string };

export class XmlSyntaxError extends Error {}

export function parseXml(text: string): XmlElement {
  const parser = new SaxesParser({ xmlns: false, position: false });
  const stack: XmlElement[] = [];
  let root: XmlElement | null = null;
  const append = (node: XmlNode) => {
    const parent = stack[stack.length - 1];
    if (parent) parent.children.push(node);
  };
  parser.on('opentag', (tag) => {
    const element: XmlElement = {
      type: 'element',
      name: tag.name,
      attributes: { ...tag.attributes },
      children: [],
    };
    if (stack.length === 0) root = element;
    else append(element);
    stack.push(element);
  });
  parser.on('closetag', () => {
    stack.pop();
  });
  parser.on('text', (value) => append({ type: 'text', text: value }));
  parser.on('cdata', (value) => append({ type: 'cdata', text: value }));
  parser.on('comment', (value) => append({ type: 'comment', text: value }));
  parser.on('processinginstruction', (pi) =>
    append({ type: 'instruction', target: pi.target, body: pi.body }),
  );
  try {
    parser.write(text.replace(/^\uFEFF/, '')).close();
  } catch (error) {
    throw new XmlSyntaxError(error instanceof Error ? error.message : String(error));
  }
  if (root === null) throw new XmlSyntaxError('no root element');
  return root;
}

const TEXT_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };
const ATTRIBUTE_ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '"': '&quot;',
  '\n': '&#10;',
  '\r': '&#13;',
  '\t': '&#9;',
};
const escapeText = (text: string) =>
  /[&<>]/.test(text) ? text.replace(/[&<>]/g, (c) => TEXT_ENTITIES[c]) : text;
const escapeAttribute = (text: string) =>
  /[&<"\n\r\t]/.test(text) ? text.replace(/[&<"\n\r\t]/g, (c) => ATTRIBUTE_ENTITIES[c]) : text;

function write(node: XmlNode, out: string[]): void {
  switch (node.type) {
    case 'text':
      out.push(escapeText(node.text));
      return;
    case 'cdata':
      out.push(`<![CDATA[${node.text}]]>`);
      return;
    case 'comment':
      out.push(`<!--${node.text}-->`);
      return;
    case 'instruction':
      out.push(`<?${node.target} ${node.body}?>`);
      return;
    case 'element': {
      out.push('<', node.name);
      for (const [name, value] of Object.entries(node.attributes)) {
        out.push(' ', name, '="', escapeAttribute(value), '"');
      }
      if (node.children.length === 0) {
        out.push('/>');
        return;
      }
      out.push('>');
      for (const child of node.children) write(child, out);
      out.push('</', node.name, '>');
    }
  }
}

export function serializeXml(root: XmlElement): string {
  const out = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'];
  write(root, out);
  return out.join('');
}

/** The name without its namespace prefix: producers differ (`row`, `x:row`). */
export function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
}

/** A name for a new element that uses the same prefix as `sibling`. */
export function sameNamespace(sibling: XmlElement, local: string): string {
  const colon = sibling.name.indexOf(':');
  return colon < 0 ? local : `${sibling.name.slice(0, colon + 1)}${local}`;
}

export function elements(parent: XmlElement, local?: string): XmlElement[] {
  const found: XmlElement[] = [];
  for (const child of parent.children) {
    if (child.type === 'element' && (local === undefined || localName(child.name) === local)) {
      found.push(child);
    }
  }
  return found;
}

export function firstElement(parent: XmlElement, local: string): XmlElement | undefined {
  for (const child of parent.children) {
    if (child.type === 'element' && localName(child.name) === local) return child;
  }
  return undefined;
}

/** Every descendant element with one of these local names, depth first, not entering `skip` elements. */
export function descendants(
  parent: XmlElement,
  local: string | ReadonlySet<string>,
  skip?: string,
): XmlElement[] {
  const found: XmlElement[] = [];
  const wanted = typeof local === 'string' ? new Set([local]) : local;
  const visit = (element: XmlElement) => {
    for (const child of element.children) {
      if (child.type !== 'element') continue;
      const name = localName(child.name);
      if (wanted.has(name)) found.push(child);
      if (name !== skip) visit(child);
    }
  };
  visit(parent);
  return found;
}

/** The concatenated text of an element and its descendants. */
export function textContent(element: XmlElement): string {
  let text = '';
  for (const child of element.children) {
    if (child.type === 'text' || child.type === 'cdata') text += child.text;
    else if (child.type === 'element') text += textContent(child);
  }
  return text;
}

export function element(
  name: string,
  attributes: Record<string, string> = {},
  children: XmlNode[] = [],
): XmlElement {
  return { type: 'element', name, attributes, children };
}

export function textNode(text: string): XmlNode {
  return { type: 'text', text };
}
