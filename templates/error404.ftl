<#ftl output_format="HTML">
<#import "layout.ftl" as layout>
<#-- Served for any missing address, at any depth: links start from the site's base path
     (the path of site.host), so they work on whichever host serves the files under it. -->
<@layout.page title=site.labels.not_found_title description=site.labels.not_found_text uri="404.html" rootpath=site.basePath>
<div class="tjmc-prose">
  <h1>${site.labels.not_found_title}</h1>
  <p>${site.labels.not_found_text}</p>
  <p><a href="${site.basePath}${site.language.folder}index.html">${site.labels.not_found_home}</a></p>
</div>
</@layout.page>
