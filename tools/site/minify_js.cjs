// Minifies one JavaScript file to stdout with terser (Debian's node-terser, found through
// NODE_PATH=/usr/share/nodejs). Used by build_site.py for the page's scripts and Emscripten's
// glue: top-level names are kept (the page and the glue share globals such as Module), locals
// are renamed and dead code dropped.
//   node minify_js.cjs FILE > FILE.min.js
"use strict";
const fs = require("fs");

let terser;
try {
  terser = require("terser");
} catch (e) {
  process.stderr.write(
    "minify_js: terser is missing (apt-get install node-terser; NODE_PATH=/usr/share/nodejs)\n");
  process.exit(2);
}

(async () => {
  const file = process.argv[2];
  const result = await terser.minify(fs.readFileSync(file, "utf8"), {
    ecma: 2020,
    compress: { passes: 2 },
    mangle: true,
    toplevel: false,
    format: { comments: false },
  });
  process.stdout.write(result.code + "\n");
})().catch((e) => {
  process.stderr.write(`minify_js: ${process.argv[2]}: ${e.message || e}\n`);
  process.exit(1);
});
