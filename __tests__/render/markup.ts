/**
 * Reads the renderers' HTML back as a tree for the tests. The renderers write XHTML-compatible
 * markup, so a strict XML parser doubles as a well-formedness check (an unclosed or mis-nested
 * tag throws) and shows what a browser would build: which elements exist, with which attributes
 * and which text, entities decoded.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';

export interface MarkupElement {
  readonly tag: string;
  readonly attributes: Readonly<Record<string, string>>;
  /** The element's text, descendants included, entities decoded. */
  readonly text: string;
  readonly children: readonly MarkupElement[];
}

type OrderedNode = Record<string, unknown>;

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  htmlEntities: true,
  trimValues: false,
  parseTagValue: false,
  parseAttributeValue: false,
});

function toElements(nodes: readonly OrderedNode[]): MarkupElement[] {
  const elements: MarkupElement[] = [];
  for (const node of nodes) {
    const tag = Object.keys(node).find((key) => key !== ':@' && key !== '#text');
    if (tag === undefined || tag.startsWith('!') || tag.startsWith('?')) continue;
    const content = (node[tag] as OrderedNode[] | undefined) ?? [];
    const attributes = (node[':@'] as Record<string, string> | undefined) ?? {};
    elements.push({ tag, attributes, text: textOf(content), children: toElements(content) });
  }
  return elements;
}

function textOf(nodes: readonly OrderedNode[]): string {
  return nodes
    .map((node) => {
      if (typeof node['#text'] === 'string') return node['#text'];
      const tag = Object.keys(node).find((key) => key !== ':@' && key !== '#text');
      return tag === undefined ? '' : textOf((node[tag] as OrderedNode[] | undefined) ?? []);
    })
    .join('');
}

/** Parses markup; throws with the parser's message when it is not well-formed. */
export function parseMarkup(markup: string): MarkupElement[] {
  const validation = XMLValidator.validate(markup);
  if (validation !== true)
    throw new Error(
      `Malformed markup: ${validation.err.msg} (line ${validation.err.line}, column ${validation.err.col})`,
    );
  return toElements(parser.parse(markup) as OrderedNode[]);
}

/** Every element of the tree, depth first. */
export function allElements(roots: readonly MarkupElement[]): MarkupElement[] {
  return roots.flatMap((element) => [element, ...allElements(element.children)]);
}

/** Elements with a class, depth first. */
export function elementsWithClass(roots: readonly MarkupElement[], className: string): MarkupElement[] {
  return allElements(roots).filter((element) => (element.attributes.class ?? '').split(/\s+/).includes(className));
}
