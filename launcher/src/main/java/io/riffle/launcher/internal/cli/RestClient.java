package io.riffle.launcher.internal.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The client side of the JobManager's REST API: JSON requests and answers, and the multipart
 * upload of a job bundle (streamed from the file). A non-2xx answer becomes a {@link RestException}
 * carrying the server's own error message.
 */
final class RestClient {

    /** The server answered with an error; {@code getMessage()} is its message. */
    static final class RestException extends IOException {

        private static final long serialVersionUID = 1L;
        private final int status;

        RestException(int status, String message) {
            super(message);
            this.status = status;
        }

        int status() {
            return status;
        }
    }

    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);
    /** A program's main() may take up to the JobManager's 60 s to submit its job. */
    static final Duration PROGRAM_TIMEOUT = Duration.ofSeconds(90);
    static final Duration UPLOAD_TIMEOUT = Duration.ofMinutes(5);

    private final String base;

    RestClient(String base) {
        this.base = base;
    }

    String base() {
        return base;
    }

    Map<?, ?> get(String path) throws IOException, InterruptedException {
        return exchange("GET", path, REQUEST_TIMEOUT, null, null, 0).object();
    }

    Map<?, ?> post(String path, String json, Duration timeout) throws IOException, InterruptedException {
        return postJson(path, json, timeout).object();
    }

    /** The answer's JSON text, for printing it as it came. */
    String postText(String path, String json, Duration timeout) throws IOException, InterruptedException {
        return postJson(path, json, timeout).text();
    }

    private Answer postJson(String path, String json, Duration timeout) throws IOException, InterruptedException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        return exchange("POST", path, timeout, "application/json", out -> out.write(body), body.length);
    }

    /**
     * PATCH goes through the JDK's {@link HttpClient}, as {@link HttpURLConnection} refuses the method;
     * only {@code riffle cancel} needs it, so only it pays that client's start-up (its TLS set-up,
     * made even for plain HTTP, costs a few hundred ms).
     */
    Map<?, ?> patch(String path) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path)).timeout(REQUEST_TIMEOUT)
                .method("PATCH", HttpRequest.BodyPublishers.noBody()).build();
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
        return checked("PATCH", path, response.statusCode(), response.body()).object();
    }

    Map<?, ?> delete(String path) throws IOException, InterruptedException {
        return exchange("DELETE", path, REQUEST_TIMEOUT, null, null, 0).object();
    }

    /** Uploads a job bundle as Flink's clients do; returns the jar id the JobManager gave it. */
    String upload(Path jar) throws IOException, InterruptedException {
        String boundary = "riffle-" + UUID.randomUUID();
        String name = jar.getFileName().toString().replace("\"", "_");
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"jarfile\"; filename=\"" + name + "\"\r\n"
                + "Content-Type: application/java-archive\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        long length = head.length + Files.size(jar) + tail.length;
        String filename = String.valueOf(exchange("POST", "/jars/upload", UPLOAD_TIMEOUT, "multipart/form-data; boundary=" + boundary,
                out -> {
                    out.write(head);
                    Files.copy(jar, out);
                    out.write(tail);
                }, length).object().get("filename"));
        return filename.substring(filename.lastIndexOf('/') + 1);
    }

    static String encode(String segment) {
        return URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** Writes a request body. */
    @FunctionalInterface
    private interface Body {

        void writeTo(OutputStream out) throws IOException;
    }

    /** An answer's text and its JSON, read once. */
    private record Answer(String text, Object json) {

        Map<?, ?> object() throws IOException {
            if (!(json instanceof Map<?, ?> map)) {
                throw new IOException("the JobManager answered with JSON that is no object");
            }
            return map;
        }
    }

    /**
     * One request over {@link HttpURLConnection}, which is ready in a few ms where the JDK's
     * {@link HttpClient} takes hundreds (see {@link #patch}); the answer's body, or a
     * {@link RestException} for a non-2xx status.
     *
     * @param body the request's body, or null for none (then {@code contentType} and {@code length} are unused)
     */
    private Answer exchange(String method, String path, Duration timeout, String contentType, Body body, long length)
            throws IOException, InterruptedException {
        HttpURLConnection connection = (HttpURLConnection) URI.create(base + path).toURL().openConnection();
        try {
            connection.setRequestMethod(method);
            connection.setConnectTimeout((int) CONNECT_TIMEOUT.toMillis());
            connection.setReadTimeout((int) timeout.toMillis());
            connection.setUseCaches(false);
            if (body != null) {
                connection.setDoOutput(true);
                connection.setRequestProperty("Content-Type", contentType);
                connection.setFixedLengthStreamingMode(length);
                try (OutputStream out = connection.getOutputStream()) {
                    body.writeTo(out);
                }
            }
            int status = connection.getResponseCode();
            InputStream in = status / 100 == 2 ? connection.getInputStream() : connection.getErrorStream();
            String text = in == null ? "" : readAll(in);
            if (Thread.interrupted()) {
                throw new InterruptedException();
            }
            return checked(method, path, status, text);
        } finally {
            connection.disconnect();
        }
    }

    private static String readAll(InputStream in) throws IOException {
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** A 2xx answer; otherwise the server's own error message as a {@link RestException}. */
    private static Answer checked(String method, String path, int status, String body) throws IOException {
        Object json;
        try {
            json = body.isBlank() ? Map.of() : JsonReader.read(body);
        } catch (IllegalArgumentException e) {
            throw new IOException("the JobManager answered " + method + " " + pathOnly(path) + " with HTTP " + status + " and no JSON: "
                    + e.getMessage(), e);
        }
        if (status / 100 != 2) {
            Object errors = json instanceof Map<?, ?> map ? map.get("errors") : null;
            String message = errors instanceof List<?> list && !list.isEmpty() ? String.valueOf(list.get(0))
                    : "HTTP " + status + " for " + method + " " + pathOnly(path);
            throw new RestException(status, message);
        }
        return new Answer(body, json);
    }

    private static String pathOnly(String path) {
        int query = path.indexOf('?');
        return query < 0 ? path : path.substring(0, query);
    }
}
