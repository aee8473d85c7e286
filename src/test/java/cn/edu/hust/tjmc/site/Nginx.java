package cn.edu.hust.tjmc.site;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * nginx as a child process of the tests, serving the server blocks a test gives it: the built site
 * for the browser tests, deploy/nginx-site.conf for the publishing tests. Its configuration, logs
 * and temporary files live in one working folder, so it needs no system folder and runs the same
 * as root or not.
 */
public final class Nginx implements AutoCloseable {

    private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(15);

    private final Process process;
    private final Path workDir;

    private Nginx(Process process, Path workDir) {
        this.process = process;
        this.workDir = workDir;
    }

    /**
     * Starts nginx with {@code servers} (one or more {@code server { ... }} blocks, each with its
     * {@code listen 127.0.0.1:port}) and waits until it answers on {@code port}.
     */
    public static Nginx start(Path executable, Path workDir, int port, String servers)
            throws IOException, InterruptedException {
        Files.createDirectories(workDir.resolve("temp"));
        Path conf = workDir.resolve("nginx.conf");
        Files.writeString(conf, config(workDir, servers), StandardCharsets.UTF_8);
        // Another server on the port (an nginx left by an interrupted run) would answer in its place.
        if (answers(port)) {
            throw new IllegalStateException("127.0.0.1:" + port + " is already in use by another program (an nginx"
                    + " left by an interrupted test run?): stop it, or choose another port with -Dbrowser.port=...");
        }
        Path output = workDir.resolve("output.log");
        Process process = new ProcessBuilder(executable.toString(),
                "-p", workDir.toString(),
                "-e", workDir.resolve("error.log").toString(),
                "-c", conf.toString(),
                "-g", "daemon off; master_process off; pid " + workDir.resolve("nginx.pid") + ";")
                .redirectErrorStream(true)
                .redirectOutput(output.toFile())
                .start();
        Nginx nginx = new Nginx(process, workDir);
        nginx.awaitPort(port);
        return nginx;
    }

    /*
     * master_process off: one process that never switches user, so that running as root it can
     * still read a site in a folder only root may read, and nothing is left behind when it stops.
     */
    private static String config(Path workDir, String servers) {
        Path temp = workDir.resolve("temp");
        return String.join("\n", List.of(
                "# Written by the tests (Nginx.java); each run rewrites it.",
                "error_log " + workDir.resolve("error.log") + " warn;",
                "events { worker_connections 64; }",
                "http {",
                "  include /etc/nginx/mime.types;",
                "  default_type application/octet-stream;",
                "  access_log " + workDir.resolve("access.log") + ";",
                "  client_body_temp_path " + temp.resolve("client_body") + ";",
                "  proxy_temp_path " + temp.resolve("proxy") + ";",
                "  fastcgi_temp_path " + temp.resolve("fastcgi") + ";",
                "  uwsgi_temp_path " + temp.resolve("uwsgi") + ";",
                "  scgi_temp_path " + temp.resolve("scgi") + ";",
                servers.indent(2).stripTrailing(),
                "}",
                ""));
    }

    private void awaitPort(int port) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(STARTUP_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("nginx stopped at startup (exit " + process.exitValue() + "):\n" + logs());
            }
            if (answers(port)) {
                return;
            }
            Thread.sleep(100);
        }
        close();
        throw new IllegalStateException("nginx did not listen on 127.0.0.1:" + port + " within " + STARTUP_TIMEOUT + ":\n" + logs());
    }

    private static boolean answers(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
            return true;
        } catch (IOException nothingThere) {
            return false;
        }
    }

    /** The error log and console output, for failure messages. */
    public String logs() throws IOException {
        StringBuilder logs = new StringBuilder();
        for (String name : List.of("output.log", "error.log")) {
            Path log = workDir.resolve(name);
            if (Files.exists(log)) {
                logs.append(name).append(":\n").append(Files.readString(log, StandardCharsets.UTF_8));
            }
        }
        return logs.toString();
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
