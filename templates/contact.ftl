<#ftl output_format="HTML">
<#import "layout.ftl" as layout>
<@layout.page>
<article class="tjmc-prose">
  <h1>${content.title}</h1>
  ${content.body?no_esc}
  <@layout.address college=layout.site.college/>
</article>
</@layout.page>
