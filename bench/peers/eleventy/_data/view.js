// What our model (TemplateModel) shapes, shaped here: events by year, newest first; partners by
// country; each partner's events; the navigation. Runs once per build, like ours.
import { readFileSync } from "node:fs";

const read = (name) => JSON.parse(readFileSync(new URL(`./${name}.json`, import.meta.url), "utf8"));

export default function () {
  const events = read("timeline").events.slice().sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
  const partners = read("partners").partners;
  const partnerNames = new Map(partners.map((p) => [p.id, p.name]));
  const eventsByPartner = new Map();
  const years = [];
  for (const event of events) {
    const year = event.date.slice(0, 4);
    if (years.length === 0 || years[years.length - 1].year !== year) years.push({ year, events: [] });
    years[years.length - 1].events.push({
      ...event,
      institutions: (event.institutions || []).map((id) => ({ id, name: partnerNames.get(id) })),
    });
    for (const id of event.institutions || []) {
      if (!eventsByPartner.has(id)) eventsByPartner.set(id, []);
      eventsByPartner.get(id).push(event);
    }
  }
  const countries = new Map();
  for (const partner of partners) {
    if (!countries.has(partner.country)) countries.set(partner.country, []);
    countries.get(partner.country).push({ ...partner, events: (eventsByPartner.get(partner.id) || []).slice().reverse() });
  }
  const byCountry = [...countries.keys()].sort().map((country) => ({
    country, id: country.toLowerCase().replace(/[^a-z0-9]+/g, "-"), partners: countries.get(country),
  }));
  return { years, latest: events.slice(0, 6), byCountry };
}
