// What a visitor sees of a page, read through open shadow roots: boxes past the board's
// edges, what lies on top of a focused control, the element that has focus.

/** Every element under `root` and in the open shadow roots below it, in tree order. */
export function deepElements(root: ParentNode): Element[] {
  const found: Element[] = [];
  for (const el of root.querySelectorAll('*')) {
    found.push(el);
    if (el.shadowRoot) found.push(...deepElements(el.shadowRoot));
  }
  return found;
}

/** The first element matching `selector` under `root` or in any open shadow root below it. */
export function deepQuery<T extends Element = HTMLElement>(root: ParentNode, selector: string): T | undefined {
  return deepElements(root).find((el) => el.matches(selector)) as T | undefined;
}

/** The element that has focus, inside shadow roots too. */
export function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** The element at a point of the viewport, inside shadow roots too: what a click there would reach. */
export function deepElementFromPoint(x: number, y: number): Element | null {
  let hit = document.elementFromPoint(x, y);
  while (hit?.shadowRoot) {
    const inner = hit.shadowRoot.elementFromPoint(x, y);
    if (!inner || inner === hit) break;
    hit = inner;
  }
  return hit;
}

/** Whether `node` is `ancestor` or lies inside it, through shadow roots. */
export function composedContains(ancestor: Element, node: Node | null): boolean {
  for (let at: Node | null = node; at; at = at instanceof ShadowRoot ? at.host : at.parentNode) {
    if (at === ancestor) return true;
  }
  return false;
}

/** How an element is named in a failure message. */
export function describe(el: Element): string {
  const id = el.id ? `#${el.id}` : '';
  const part = el.getAttribute('part') ? `[part=${el.getAttribute('part')}]` : '';
  const cls =
    typeof el.className === 'string' && el.className.trim() ? `.${el.className.trim().split(/\s+/).join('.')}` : '';
  const text = (el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);
  return `<${el.localName}${id}${part}${cls}>${text ? ` "${text}"` : ''}`;
}

/**
 * The elements that lie on top of `el` at its centre and at four points towards its corners
 * (a quarter in from each edge, clear of rounded corners): empty when a visitor sees it
 * whole there. A point outside the viewport is reported as such.
 */
export function coveringElements(el: Element): string[] {
  const box = el.getBoundingClientRect();
  const points: Array<[number, number]> = [
    [0.5, 0.5],
    [0.25, 0.25],
    [0.75, 0.25],
    [0.25, 0.75],
    [0.75, 0.75],
  ];
  const found: string[] = [];
  for (const [fx, fy] of points) {
    const x = box.left + box.width * fx;
    const y = box.top + box.height * fy;
    if (x < 0 || y < 0 || x >= innerWidth || y >= innerHeight) {
      found.push(`off screen at (${Math.round(x)}, ${Math.round(y)})`);
      continue;
    }
    const hit = deepElementFromPoint(x, y);
    if (!composedContains(el, hit)) found.push(hit ? describe(hit) : 'nothing');
  }
  return found;
}

/** Whether an element's content is clipped to its box (what lies past the box is not seen). */
function clipsContent(style: CSSStyleDeclaration): boolean {
  return style.clipPath !== 'none' || /hidden|clip|auto|scroll/.test(style.overflowX);
}

/**
 * The boxes and lines of text under `host`'s shadow root that reach past `host`'s inline
 * edges (more than half a pixel): what would poke out of the board or need a horizontal
 * scroll. Content clipped by its box (visually hidden text, a clamped summary) counts by
 * the box, and what is not rendered (`display: none`, a closed panel) not at all.
 */
export function pastEdges(host: Element): string[] {
  const {left, right} = host.getBoundingClientRect();
  const out = (box: DOMRect) => box.width > 0 && box.height > 0 && (box.left < left - 0.5 || box.right > right + 0.5);
  const found: string[] = [];
  const visit = (root: ParentNode) => {
    for (const node of root.childNodes) {
      if (node instanceof Text) {
        if (!node.data.trim()) continue;
        const range = document.createRange();
        range.selectNodeContents(node);
        for (const box of range.getClientRects()) {
          if (out(box))
            found.push(`text "${node.data.trim().slice(0, 40)}" at ${Math.round(box.left)}–${Math.round(box.right)}`);
        }
        continue;
      }
      if (!(node instanceof Element) || node.getClientRects().length === 0) continue;
      // A select's options are drawn by the browser, in a list of its own.
      if (node instanceof HTMLOptionElement) continue;
      const box = node.getBoundingClientRect();
      if (out(box)) found.push(`${describe(node)} at ${Math.round(box.left)}–${Math.round(box.right)}`);
      if (clipsContent(getComputedStyle(node))) continue;
      visit(node);
      if (node.shadowRoot) visit(node.shadowRoot);
    }
  };
  visit(host.shadowRoot!);
  return found;
}

/** Two animation frames: what was changed is laid out and painted. */
export function nextFrames(): Promise<void> {
  return new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => done())));
}
