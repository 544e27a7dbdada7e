// Core: what every inline tree of ours (the article's, the document model's) does alike — adjacent text
// runs are one node, so a reader of the tree never sees "foo" + "bar" where the source wrote "foobar".

/** Appends text to a list of inline nodes, joining it to a text node that ends the list. */
export function pushText<T extends { type: string }>(out: (T | { type: 'text'; text: string })[], text: string): void {
  if (!text) return;
  const last = out[out.length - 1];
  if (last?.type === 'text') (last as { text: string }).text += text;
  else out.push({ type: 'text', text });
}
