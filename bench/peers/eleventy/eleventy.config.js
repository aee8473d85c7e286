// Eleventy's side of bench/peers.sh: the generated site's pages (front matter from prepare.py),
// its data as JSON in _data/, the views shaped in _data/view.js, layouts in _includes/.
export default function (eleventyConfig) {
  eleventyConfig.addPassthroughCopy({ "src/assets": "/" });
  return { dir: { input: "src", includes: "_includes", data: "_data", output: "_site" } };
}
