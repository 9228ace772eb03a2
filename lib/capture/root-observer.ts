import { shadowRootsUnder, type ShadowAccess } from './dom/shadow';

/**
 * Mutation observers do not cross shadow boundaries, so a chat built from web components needs one observer per
 * shadow root. This keeps one MutationObserver per root under the watched node, adopting roots that appear later.
 */
export class RootObserver {
  private readonly observers = new Map<Node, MutationObserver>();
  private readonly watched: Node[] = [];
  private adoptAdded: boolean;

  /**
   * @param expectShadowRoots look for shadow roots in every added subtree at once. When false, that starts only if
   *   watch() finds shadow roots already there; until then only refresh() finds them (a chat whose rows have no
   *   shadow roots should not pay a subtree walk per message).
   */
  constructor(
    private readonly view: Window & typeof globalThis,
    private readonly shadowOf: ShadowAccess,
    private readonly init: MutationObserverInit,
    private readonly onChange: (records: MutationRecord[]) => void,
    expectShadowRoots = true,
  ) {
    this.adoptAdded = expectShadowRoots;
  }

  watch(node: Node): void {
    this.watched.push(node);
    this.observe(node);
    const before = this.observers.size;
    this.adoptUnder(node);
    // Rows that already hold shadow roots are built from components: the next rows will be too.
    if (this.observers.size > before) this.adoptAdded = true;
  }

  /** Finds shadow roots attached since the last look (attachShadow itself is not a DOM mutation). */
  refresh(): void {
    for (const node of this.watched) if (node.isConnected) this.adoptUnder(node);
  }

  disconnect(): void {
    for (const observer of this.observers.values()) observer.disconnect();
    this.observers.clear();
    this.watched.length = 0;
  }

  private adoptUnder(node: Node): void {
    if (node.nodeType === 1) {
      const own = this.shadowOf(node as Element);
      if (own) this.observe(own);
    }
    if (node.nodeType === 1 || node.nodeType === 9 || node.nodeType === 11) {
      for (const root of shadowRootsUnder(node as ParentNode, this.shadowOf)) this.observe(root);
    }
  }

  private observe(node: Node): void {
    if (this.observers.has(node)) return;
    const observer = new this.view.MutationObserver((records) => {
      for (const record of records) {
        if (record.type !== 'childList' || !this.adoptAdded) continue;
        record.addedNodes.forEach((added) => {
          if (added.nodeType === 1) this.adoptUnder(added);
        });
      }
      this.onChange(records);
    });
    observer.observe(node, this.init);
    this.observers.set(node, observer);
  }
}
