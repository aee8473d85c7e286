#!/usr/bin/env python3
"""Writes a synthetic copy of the site's sources at a multiple of the real site's size.

Usage: generate_site.py <project dir> <scale> <output dir>

The output is a project folder like ours: the real content/ and data/ are copied, and for
scale N the site gets (N - 1) times as many extra pages, partners and timeline events again,
shaped like the real ones: page headers as in content/*.md, Markdown with headings, lists
and links to other pages and to timeline events, partners grouped by country and events that
name them. Everything passes the build's checks, so the benchmark measures a successful build.
The same scale always gives the same files (fixed random seed), so runs can be compared.
"""
import pathlib
import random
import shutil
import sys

import yaml

# English names as the site shows them (the JDK's ISO 3166-1 names, source/Countries.java):
# "USA" or "Korea" are not names the checks accept.
COUNTRIES = ["Germany", "Japan", "United States", "Australia", "United Kingdom", "Italy", "France",
             "Netherlands", "Sweden", "Canada", "Singapore", "South Korea"]
KINDS = ["visit", "delegation-abroad", "agreement", "university-day", "performance"]
WORDS = ("medical college cooperation exchange students clinical training research hospital "
         "delegation agreement university partner symposium conference faculty nursing "
         "public health surgery international programme visit signed lecture").split()


def sentence(rng, words=14):
    text = " ".join(rng.choice(WORDS) for _ in range(words))
    return text[0].upper() + text[1:] + "."


def paragraph(rng, sentences=4):
    return " ".join(sentence(rng, rng.randint(10, 18)) for _ in range(sentences))


def load_yaml(path):
    with open(path, encoding="utf-8") as f:
        return yaml.safe_load(f)


def dump_yaml(path, data, schema):
    text = "# yaml-language-server: $schema=../tools/src/main/resources/schemas/%s\n" % schema
    text += yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=100)
    path.write_text(text, encoding="utf-8")


def synthetic_partners(rng, count):
    partners = []
    for i in range(count):
        country = COUNTRIES[i % len(COUNTRIES)]
        partner = {"id": "synthetic-partner-%d" % i,
                   "name": "Synthetic University %d of %s" % (i, country),
                   "country": country,
                   "intercollegiate_agreement": rng.random() < 0.3}
        if i % 3 == 0:
            partner["short_name"] = "SU%d" % i
        partners.append(partner)
    return partners


def synthetic_events(rng, count, partners):
    """Events naming one to three partners, in the country of the first of them (the checks
    want an event's country to be that of one of its institutions)."""
    events = []
    for i in range(count):
        institutions = rng.sample(partners, k=min(len(partners), rng.randint(1, 3)))
        year = 1980 + rng.randint(0, 44)
        date = year if i % 2 else "%d-%02d-%02d" % (year, rng.randint(1, 12), rng.randint(1, 28))
        event = {"id": "synthetic-event-%d" % i,
                 "date": date,
                 "kind": KINDS[i % len(KINDS)],
                 "country": institutions[0]["country"],
                 "title": "Synthetic event %d: %s" % (i, sentence(rng, 6)[:-1]),
                 "description": paragraph(rng, 2)[:590],
                 "institutions": [partner["id"] for partner in institutions]}
        if i % 2 == 0:
            event["people"] = [{"name": "Dr. Synthetic Person %d" % i, "role": "President of a partner"}]
        events.append(event)
    return events


def synthetic_page(rng, i, pages, event_ids):
    """A page like content/about.md: a header, then sections with links to pages and events."""
    others = rng.sample(pages, k=min(3, len(pages)))
    events = rng.sample(event_ids, k=min(2, len(event_ids)))
    lines = ["---",
             "title: Synthetic page %d about international cooperation" % i,
             "description: 'A synthetic page for the build benchmark, number %d, shaped like the real "
             "pages: a few sections of text with links to other pages and timeline events.'" % i,
             "type: page",
             "status: published",
             "---"]
    for section in range(3):
        lines += ["## Section %d of page %d" % (section + 1, i), "", paragraph(rng), ""]
    lines += ["See [%s](%s), the [timeline](timeline.html) and [our partners](partners.html)."
              % (others[0].replace(".html", ""), others[0]), ""]
    lines += ["- [%s](%s)" % (name.replace(".html", ""), name) for name in others[1:]]
    lines += ["- [an event](timeline.html#%s)" % event for event in events]
    return "\n".join(lines) + "\n"


def main():
    project, scale, out = pathlib.Path(sys.argv[1]), int(sys.argv[2]), pathlib.Path(sys.argv[3])
    rng = random.Random(scale)
    for folder in ("content", "data"):
        shutil.rmtree(out / folder, ignore_errors=True)
        shutil.copytree(project / folder, out / folder)

    real_partners = load_yaml(project / "data/partners.yaml")["partners"]
    real_events = load_yaml(project / "data/timeline.yaml")["events"]
    real_pages = sorted(p.name for p in (project / "content").glob("*.md"))

    partners = real_partners + synthetic_partners(rng, (scale - 1) * len(real_partners))
    events = real_events + synthetic_events(rng, (scale - 1) * len(real_events), partners)
    for event in events:
        if not isinstance(event["date"], (str, int)):
            event["date"] = event["date"].isoformat()  # PyYAML reads 2017-05-19 as a date
    dump_yaml(out / "data/partners.yaml", {"partners": partners}, "partners.schema.json")
    dump_yaml(out / "data/timeline.yaml", {"events": events}, "timeline.schema.json")

    extra = (scale - 1) * len(real_pages)
    names = [p.replace(".md", ".html") for p in real_pages] + ["synthetic-%d.html" % i for i in range(extra)]
    event_ids = [e["id"] for e in events]
    for i in range(extra):
        (out / "content" / ("synthetic-%d.md" % i)).write_text(
            synthetic_page(rng, i, names, event_ids), encoding="utf-8")
    print("%dx: %d pages, %d partners, %d events" % (scale, len(real_pages) + extra, len(partners), len(events)))


if __name__ == "__main__":
    main()
