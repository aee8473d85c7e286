<#ftl output_format="HTML">
<#import "layout.ftl" as layout>
<#import "components.ftl" as c>
<@layout.page>
<article class="tjmc-prose">
  <h1>${content.title}</h1>
  <@c.body content=content photos=site.pages[content.uri].photos/><#nt>
  <@c.address college=site.college/>
</article>
</@layout.page>
