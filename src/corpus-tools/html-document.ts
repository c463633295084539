import { createRequire } from 'node:module';

/** The slice of the DOM that the corpus tools read; jsdom's objects satisfy it. */
export interface DomNode {
  readonly nodeType: number;
  readonly textContent: string | null;
  readonly childNodes: ArrayLike<DomNode>;
}

export interface DomElement extends DomNode {
  readonly localName: string;
  readonly isConnected: boolean;
  getAttribute(name: string): string | null;
  removeAttribute(name: string): void;
  querySelector(selectors: string): DomElement | null;
  querySelectorAll(selectors: string): ArrayLike<DomElement>;
  remove(): void;
}

export interface DomDocument {
  readonly documentElement: DomElement;
  readonly body: DomElement | null;
  querySelector(selectors: string): DomElement | null;
  querySelectorAll(selectors: string): ArrayLike<DomElement>;
}

export const TEXT_NODE = 3;
export const ELEMENT_NODE = 1;

interface JsdomModule {
  JSDOM: new (html: string, options: { url: string; virtualConsole: object }) => {
    window: { document: DomDocument; close(): void };
  };
  VirtualConsole: new () => object;
}

// jsdom ships no types, and @types/jsdom would pull the DOM library into the whole program's globals; this
// module is the one place that touches it, typed with the slice above.
const { JSDOM, VirtualConsole } = createRequire(import.meta.url)('jsdom') as JsdomModule;

/**
 * Parses a page the way a browser would (parse5: omitted <html>/<body> tags, misnested markup) without running
 * its scripts or loading anything. `baseUrl` resolves relative links. Call `close` when done: it frees the page.
 */
export function parseHtmlDocument(html: string, baseUrl: string): { document: DomDocument; close(): void } {
  // A silent console: pages' broken CSS would otherwise print jsdom parse errors.
  const { window } = new JSDOM(html, { url: baseUrl, virtualConsole: new VirtualConsole() });
  return { document: window.document, close: () => window.close() };
}
