package cn.edu.hust.tjmc.site.publishing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * .ci/run is the one CI script: the Debian packages CI needs are listed once, in
 * .ci/apt-packages.txt, and only .ci/run reads the list and installs them.
 */
class CiRunTest {

    private static final String LIST = ".ci/apt-packages.txt";

    @Test
    void onlyCiRunInstallsPackagesAndItReadsTheOneList() throws Exception {
        Path project = CiLinters.projectDir();
        List<String> packages = Files.readAllLines(project.resolve(LIST)).stream()
                .map(line -> line.replaceAll("#.*", "").strip()).filter(line -> !line.isEmpty())
                .map(line -> line.split("\\s+")[0]).toList();
        assertTrue(packages.containsAll(List.of("chromium", "chromium-driver", "nginx", "nodejs", "git")), LIST + ": " + packages);

        String run = Files.readString(project.resolve(".ci/run"), StandardCharsets.UTF_8);
        assertTrue(run.contains(LIST), ".ci/run does not read " + LIST);

        List<String> elsewhere = new ArrayList<>();
        for (Path file : ciFiles(project)) {
            String text = Files.readString(file, StandardCharsets.UTF_8).replaceAll("(?m)^\\s*#.*$", "");
            String name = project.relativize(file).toString();
            if (!name.equals(".ci/run") && (text.contains("apt-get") || text.contains("apt install") || text.contains("chromium-driver"))) {
                elsewhere.add(name);
            }
        }
        assertEquals(List.of(), elsewhere, "these CI files install packages or list them: leave it to .ci/run and " + LIST);
    }

    /** The workflows, the GitLab pipeline and the scripts in .ci/ (not the linters' npm folder). */
    private static List<Path> ciFiles(Path project) throws Exception {
        List<Path> files = new ArrayList<>(List.of(project.resolve(".gitlab-ci.yml")));
        for (String folder : List.of(".github/workflows", ".ci")) {
            try (Stream<Path> listed = Files.list(project.resolve(folder))) {
                listed.filter(Files::isRegularFile).filter(file -> !file.toString().endsWith(LIST)).sorted().forEach(files::add);
            }
        }
        return files;
    }
}
