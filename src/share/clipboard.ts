// Copying a link: the Clipboard API, then the older copy command for pages where it is refused.

/** Copies text; false when the browser refused both ways (the caller then shows the text). */
export async function copyText(text: string, root: Node): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return legacyCopy(text, root);
  }
}

function legacyCopy(text: string, root: Node): boolean {
  const field = document.createElement('textarea');
  field.value = text;
  field.setAttribute('readonly', '');
  field.className = 'sr-only';
  root.appendChild(field);
  field.select();
  try {
    return document.execCommand('copy');
  } catch {
    return false;
  } finally {
    field.remove();
  }
}
