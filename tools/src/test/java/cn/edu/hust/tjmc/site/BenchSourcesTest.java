package cn.edu.hust.tjmc.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The benchmarks in bench/src run with Java's source launcher, outside every build: without this
 * test a change to the tools' API breaks them unnoticed, as it once did, until someone measures.
 */
class BenchSourcesTest {

    @TempDir
    Path classes;

    @Test
    void theBenchmarksCompileAgainstTheTools() throws IOException {
        List<String> sources;
        try (Stream<Path> files = Files.list(ProjectCopy.REAL_PROJECT.resolve("bench/src"))) {
            sources = files.map(Path::toString).filter(name -> name.endsWith(".java")).sorted().toList();
        }
        assertFalse(sources.isEmpty(), "no benchmark found in bench/src");
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        ByteArrayOutputStream messages = new ByteArrayOutputStream();
        List<String> arguments = new ArrayList<>(List.of("-classpath", System.getProperty("java.class.path"),
                "-d", classes.toString(), "-proc:none", "-Xlint:none"));
        arguments.addAll(sources);
        // each file is its own program for the source launcher; compiled together they must not clash either
        int status = javac.run(null, messages, messages, arguments.toArray(String[]::new));
        assertEquals("", messages.toString(java.nio.charset.StandardCharsets.UTF_8).strip());
        assertEquals(0, status);
    }
}
