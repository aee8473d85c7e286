#!/usr/bin/env node
// Prints GitLab's JSON Schema of .gitlab-ci.yml (GitLab's own ci.json) as gitlab-ci-local
// bundles it, so that a test can validate the pipeline offline. gitlab-ci-local inlines the
// schema as an object literal in its bundle; it is cut out by bracket matching and evaluated
// in an empty context (it is plain data), never by running gitlab-ci-local itself.
"use strict";
const { readFileSync } = require("node:fs");
const vm = require("node:vm");

const bundle = readFileSync(require.resolve("gitlab-ci-local/dist/index.js"), "utf8");
const start = bundle.indexOf('{$schema:"http://json-schema.org/draft-07/schema#",$id:"https://gitlab.com/.gitlab-ci.yml"');
if (start < 0) {
  console.error("GitLab's CI schema was not found in gitlab-ci-local's bundle");
  process.exit(2);
}
let depth = 0;
let quote = null;
let end = start;
for (; end < bundle.length; end++) {
  const c = bundle[end];
  if (quote) {
    if (c === "\\") end++;
    else if (c === quote) quote = null;
  } else if (c === '"' || c === "'" || c === "`") quote = c;
  else if (c === "{" || c === "[") depth++;
  else if (c === "}" || c === "]") {
    depth--;
    if (depth === 0) break;
  }
}
const schema = vm.runInNewContext("(" + bundle.slice(start, end + 1) + ")", Object.create(null), { timeout: 5000 });
process.stdout.write(JSON.stringify(schema, null, 1) + "\n");
