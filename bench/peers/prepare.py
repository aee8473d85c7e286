#!/usr/bin/env python3
"""Turns a site written by generate_site.py into an Eleventy and a Hugo project of the same content.

Usage: prepare.py <generated site> <eleventy dir> <hugo dir>

Only formats change, so that each tool reads the same pages and data as ours does: the pages'
YAML front matter keeps the fields each tool uses, and the data files become JSON for Eleventy
(which reads no YAML without a plugin) and stay YAML for Hugo. Dates are written as strings,
so that a year (2016) and a full date (2017-05-19) sort together in both. No view is shaped
here: grouping by year and country and the events of each partner are computed by each tool's
own templates or data code at build time, as ours are by its model.
"""
import json
import pathlib
import shutil
import sys

import yaml

PEERS = pathlib.Path(__file__).resolve().parent


def read_page(path):
    """A page's header (YAML front matter between two --- lines) and its Markdown body."""
    text = path.read_text(encoding="utf-8").lstrip("\ufeff")
    header, _, body = text.removeprefix("---\n").partition("\n---\n")
    return yaml.safe_load(header), body


def data(site):
    loaded = {}
    for path in sorted((site / "data").glob("*.yaml")):
        with open(path, encoding="utf-8") as f:
            loaded[path.stem] = yaml.safe_load(f)
    for event in loaded["timeline"]["events"]:
        event["date"] = str(event["date"] if not hasattr(event["date"], "isoformat") else event["date"].isoformat())
    return loaded


def front_matter(fields, extra):
    matter = {"title": fields["title"], "description": fields.get("description", "")}
    for key in ("nav_title", "nav_order"):
        if key in fields:
            matter[key] = int(fields[key]) if key == "nav_order" else fields[key]
    matter.update(extra)
    return "---\n" + yaml.safe_dump(matter, sort_keys=False, allow_unicode=True, width=1000) + "---\n"


def fresh(folder):
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)


def main():
    site, eleventy, hugo = (pathlib.Path(arg) for arg in sys.argv[1:4])
    site_data = data(site)
    pages = [(path.stem, *read_page(path)) for path in sorted((site / "content").glob("*.md"))]

    # Eleventy: src/ with _includes/ (our Nunjucks layouts), _data/ (JSON) and the pages.
    fresh(eleventy / "src")
    shutil.copytree(PEERS / "eleventy/_includes", eleventy / "src/_includes")
    shutil.copytree(PEERS / "eleventy/_data", eleventy / "src/_data")
    shutil.copy(PEERS / "eleventy/eleventy.config.js", eleventy / "eleventy.config.js")
    shutil.copy(PEERS / "eleventy/sitemap.njk", eleventy / "src/sitemap.njk")
    shutil.copytree(site / "assets", eleventy / "src/assets")
    for name, value in site_data.items():
        (eleventy / "src/_data" / (name + ".json")).write_text(json.dumps(value, ensure_ascii=False), encoding="utf-8")
    for name, fields, body in pages:
        extra = {"layout": fields.get("type", "page") + ".njk", "permalink": name + ".html"}
        (eleventy / "src" / (name + ".md")).write_text(front_matter(fields, extra) + body, encoding="utf-8")

    # Hugo: layouts/ (our Go templates), data/ (YAML), content/, static/ and its config.
    fresh(hugo)
    shutil.copytree(PEERS / "hugo/layouts", hugo / "layouts")
    shutil.copy(PEERS / "hugo/config.toml", hugo / "config.toml")
    shutil.copytree(site / "assets", hugo / "static")
    (hugo / "data").mkdir()
    for name, value in site_data.items():
        (hugo / "data" / (name + ".yaml")).write_text(yaml.safe_dump(value, allow_unicode=True, width=1000), encoding="utf-8")
    (hugo / "content").mkdir()
    for name, fields, body in pages:
        extra = {"layout": fields.get("type", "page"), "url": "/" + name + ".html"}
        # content/index.md would make content/ one page bundle, the other pages its resources
        file = "front-page.md" if name == "index" else name + ".md"
        (hugo / "content" / file).write_text(front_matter(fields, extra) + body, encoding="utf-8")


if __name__ == "__main__":
    main()
