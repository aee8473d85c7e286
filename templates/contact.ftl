<#ftl output_format="HTML">
<#import "layout.ftl" as layout>
<#import "components.ftl" as c>
<@layout.page>
<article class="tjmc-prose">
  <h1>${content.title}</h1>
  <@c.body content=content/><#nt>
  <@layout.address college=layout.site.college/>
</article>
</@layout.page>
