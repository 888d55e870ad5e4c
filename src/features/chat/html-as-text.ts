import type { Nodes, Root } from 'mdast';

/**
 * Raw HTML in a chat line is shown as the text the chatter typed, never parsed as HTML:
 * `<b>hi</b>` reads as `<b>hi</b>`, and a `<script>` block cannot swallow the rest of the line.
 */
export function remarkHtmlAsText() {
  return (tree: Root): void => {
    const pending: Nodes[] = [tree];
    for (let node = pending.pop(); node; node = pending.pop()) {
      if (node.type === 'html') {
        (node as Nodes).type = 'text';
        continue;
      }
      if ('children' in node) pending.push(...node.children);
    }
  };
}
