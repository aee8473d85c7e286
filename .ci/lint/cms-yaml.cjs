#!/usr/bin/env node
// The data files and pages in the shape a save of the CMS (Decap CMS 3.16.3) writes them, so that a save
// changes only what was edited (docs/CMS.md). Decap parses a file with yaml 1.x and writes it
// anew: yaml.createNode of the data, the comments of the configuration's fields before their
// keys, the top-level keys in the configuration's order, Document.toString, a final newline.
// This does the same with the same library (yaml 1.10.2, pinned in package.json).
//
//   node cms-yaml.cjs CONFIG.yml PROJECT_DIR           prints each data file that differs; exit 1 if any
//   node cms-yaml.cjs --write CONFIG.yml PROJECT_DIR   rewrites them in that shape
"use strict";
const { readdirSync, readFileSync, writeFileSync } = require("node:fs");
const path = require("node:path");
const yaml = require("yaml");

// decap-cms-core's sortKeys: keys the configuration does not name keep their place
function sortKeys(order, key) {
  return (a, b) => {
    const i = order.indexOf(key(a));
    const j = order.indexOf(key(b));
    return i === -1 || j === -1 ? 0 : i > j ? 1 : i < j ? -1 : 0;
  };
}

// decap-cms-core's addComments: a field's comment before its key, in maps (not in lists)
function addComments(items, comments, prefix = "") {
  items.forEach((item) => {
    if (item.key !== undefined) {
      const key = item.key.toString();
      const fieldPath = prefix ? `${prefix}.${key}` : key;
      if (comments[fieldPath]) {
        item.commentBefore = ` ${comments[fieldPath].split("\\n").join("\n ")}`;
      }
      if (Array.isArray(item.value?.items)) {
        addComments(item.value.items, comments, fieldPath);
      }
    }
  });
}

// decap-cms-core's selectFieldsComments and fieldsOrder, over the configuration's fields
function fieldsOf(fields, prefix, comments, order) {
  for (const field of fields || []) {
    const fieldPath = prefix ? `${prefix}.${field.name}` : field.name;
    order.push(field.name);
    if (field.comment) {
      comments[fieldPath] = field.comment;
    }
    fieldsOf(field.fields, fieldPath, comments, order);
  }
}

function saved(text, fields) {
  const comments = {};
  const order = [];
  fieldsOf(fields, "", comments, order);
  const data = yaml.parseDocument(text, { prettyErrors: true }).toJSON();
  const node = yaml.createNode(data);
  addComments(node.items, comments);
  node.items.sort(sortKeys(order, (item) => item.key?.toString()));
  const document = new yaml.Document();
  document.contents = node;
  const out = document.toString();
  return out.endsWith("\n") ? out : out + "\n";
}

// decap-cms-core's frontmatter format over gray-matter: the header between --- lines written as
// above, then the text after the closing line as it was, ending in a newline
function savedPage(text, fields) {
  if (!/^---\r?\n/.test(text)) {
    return text;
  }
  const close = text.indexOf("\n---", 3);
  if (close < 0) {
    return text;
  }
  const header = text.slice(text.indexOf("\n") + 1, close + 1);
  let body = text.slice(close + 4);
  body = body.replace(/^\r?\n/, "");
  const matter = saved(header, fields.filter((field) => field.name !== "body")).trim();
  return `---\n${matter}\n---\n${body.endsWith("\n") ? body : body + "\n"}`;
}

function pagesOf(folder, extension) {
  return readdirSync(folder, { withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(`.${extension}`) && !entry.name.startsWith("."))
    .map((entry) => path.join(folder, entry.name));
}

function main(args) {
  const write = args[0] === "--write";
  const [configFile, projectDir] = write ? args.slice(1) : args;
  if (!configFile || !projectDir) {
    console.error("usage: cms-yaml.cjs [--write] CONFIG.yml PROJECT_DIR");
    return 2;
  }
  const config = yaml.parse(readFileSync(configFile, "utf8"));
  let differing = 0;
  const files = [];
  for (const collection of config.collections) {
    for (const file of collection.files || []) {
      files.push({ name: path.join(projectDir, file.file), shape: (text) => saved(text, file.fields) });
    }
    if (collection.folder) {
      for (const name of pagesOf(path.join(projectDir, collection.folder), collection.extension)) {
        files.push({ name, shape: (text) => savedPage(text, collection.fields) });
      }
    }
  }
  for (const file of files) {
    const text = readFileSync(file.name, "utf8");
    const shape = file.shape(text);
    const name = path.relative(projectDir, file.name);
    if (shape !== text) {
      differing++;
      if (write) {
        writeFileSync(file.name, shape);
        console.log(`${name}: rewritten as a CMS save writes it`);
      } else {
        console.log(`${name}: not in the shape a CMS save writes (run: node .ci/lint/cms-yaml.cjs --write target/site/admin/config.yml .)`);
      }
    }
  }
  return write || differing === 0 ? 0 : 1;
}

process.exit(main(process.argv.slice(2)));
