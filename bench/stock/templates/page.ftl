<#ftl output_format="HTML">
<#-- Minimal page: title and body only, so that the baseline measures JBake, not a template. -->
<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>${content.title}</title></head>
<body><main><h1>${content.title}</h1>${content.body?no_esc}</main></body>
</html>
