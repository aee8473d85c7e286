<#ftl output_format="XML">
<#assign site = site_model?first.site>
<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<#list site.sitemap as url>
  <url><loc>${url}</loc></url>
</#list>
</urlset>
