// Eleventy's side of bench/peers.sh: the generated site's pages (front matter from prepare.py),
// its data as JSON in _data/, the views shaped in _data/view.js, layouts in _includes/.
export default function (eleventyConfig) {
  eleventyConfig.addPassthroughCopy({ "src/assets": "/" });
  // the navigation once per build, as our model has it, not sorted again for every page
  eleventyConfig.addCollection("navigation", (api) =>
    api.getAll().filter((item) => item.data.nav_title).sort((a, b) => a.data.nav_order - b.data.nav_order));
  return { dir: { input: "src", includes: "_includes", data: "_data", output: "_site" } };
}
