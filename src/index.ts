// The one-script entry: defines every element, then mounts widgets from an afterword-config block.
export { AfterwordShare } from './share/share.js';
