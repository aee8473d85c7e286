package cn.edu.hust.tjmc.site.model;

import java.net.URI;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The CMS at admin/ (Decap CMS, docs/CMS.md): whether the site publishes it, and where its saves
 * go. Given on the build's command line ({@code -Dsite.admin=false}, {@code -Dsite.cms.backend=…}),
 * never by editors.
 *
 * @param published         whether the site has admin/
 * @param backend           gitlab, gitea or github; or proxy, the preview's own local backend
 * @param repo              owner/name of the repository, empty until IT sets it
 * @param branch            the branch saves go to (or merge requests against)
 * @param baseUrl           the Git host's address (https://gitlab.example.edu); for proxy, its API's
 * @param appId             the OAuth application's client id (PKCE: GitLab, Gitea), empty for GitHub
 * @param editorialWorkflow saves become merge (pull) requests, where the backend has them
 */
public record CmsSettings(boolean published, String backend, String repo, String branch, String baseUrl,
                          String appId, boolean editorialWorkflow) {

    public static final Set<String> BACKENDS = Set.of("gitlab", "gitea", "forgejo", "github", "proxy");
    /** The backends whose saves can be merge requests (Decap's editorial workflow). */
    public static final Set<String> WITH_MERGE_REQUESTS = Set.of("gitlab", "forgejo", "github");

    /** No admin/: what tests of the site get unless they ask for it. */
    public static final CmsSettings NONE = new CmsSettings(false, "gitlab", "", "main", "https://gitlab.com", "", false);

    public CmsSettings {
        if (!BACKENDS.contains(backend)) {
            throw new IllegalArgumentException("site.cms.backend '" + backend
                    + "' is not a backend the CMS is set up for (expected gitlab, gitea, forgejo or github)");
        }
        baseUrl = baseUrl.strip().replaceAll("/+$", "");
        // the preview's backend is on the preview's own host, so its address starts at the root
        if (!baseUrl.matches(backend.equals("proxy") ? "/\\S*" : "https?://[^\\s/]+(/\\S*)?")) {
            throw new IllegalArgumentException("site.cms.baseUrl '" + baseUrl + "' is not an absolute http(s) address"
                    + " (expected e.g. https://gitlab.example.edu)");
        }
        repo = repo.strip();
        branch = branch.strip().isEmpty() ? "main" : branch.strip();
        appId = appId.strip();
        editorialWorkflow = editorialWorkflow && WITH_MERGE_REQUESTS.contains(backend);
    }

    /** The preview's: saves go to the working copy through the preview's local backend at {@code apiUrl}. */
    public static CmsSettings preview(String apiUrl) {
        return new CmsSettings(true, "proxy", "", "main", apiUrl, "", false);
    }

    /** The address of the backend's API, which the admin page's policy lets it connect to. */
    public String apiRoot() {
        return switch (backend) {
            case "gitlab" -> baseUrl + "/api/v4";
            case "gitea", "forgejo" -> baseUrl + "/api/v1";
            case "github" -> baseUrl.equals("https://github.com") ? "https://api.github.com" : baseUrl + "/api/v3";
            default -> baseUrl;
        };
    }

    /** The scheme, host and port of an address: what a security policy names. */
    public static String origin(String address) {
        URI uri = URI.create(address);
        return uri.getScheme() + "://" + uri.getRawAuthority();
    }

    /** From {@code --site.admin=… --site.cms.backend=… --site.cms.repo=…} arguments; published unless site.admin=false. */
    public static CmsSettings fromArguments(Map<String, String> arguments) {
        boolean published = !"false".equalsIgnoreCase(arguments.getOrDefault("site.admin", "true").strip());
        String backend = Optional.ofNullable(arguments.get("site.cms.backend")).map(String::strip)
                .filter(text -> !text.isEmpty()).orElse("gitlab");
        String defaultHost = backend.equals("github") ? "https://github.com" : "https://gitlab.com";
        return new CmsSettings(published, backend, arguments.getOrDefault("site.cms.repo", ""),
                arguments.getOrDefault("site.cms.branch", "main"),
                Optional.ofNullable(arguments.get("site.cms.baseUrl")).filter(text -> !text.isBlank()).orElse(defaultHost),
                arguments.getOrDefault("site.cms.appId", ""),
                "true".equalsIgnoreCase(arguments.getOrDefault("site.cms.editorialWorkflow", "true").strip()));
    }
}
