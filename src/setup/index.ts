// The set-up page's own script (dist/afterword-setup.js), loaded beside the one script that
// defines the widgets it previews.
export { AfterwordSetup } from './setup.js';
