package io.riffle.launcher.internal.cli;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
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
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT).build();

    RestClient(String base) {
        this.base = base;
    }

    String base() {
        return base;
    }

    Map<?, ?> get(String path) throws IOException, InterruptedException {
        return send(request(path, REQUEST_TIMEOUT).GET().build());
    }

    Map<?, ?> post(String path, String json, Duration timeout) throws IOException, InterruptedException {
        return object(postText(path, json, timeout));
    }

    /** The answer's JSON text, for printing it as it came. */
    String postText(String path, String json, Duration timeout) throws IOException, InterruptedException {
        return sendText(request(path, timeout).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build());
    }

    Map<?, ?> patch(String path) throws IOException, InterruptedException {
        return send(request(path, REQUEST_TIMEOUT).method("PATCH", HttpRequest.BodyPublishers.noBody()).build());
    }

    Map<?, ?> delete(String path) throws IOException, InterruptedException {
        return send(request(path, REQUEST_TIMEOUT).DELETE().build());
    }

    /** Uploads a job bundle as Flink's clients do; returns the jar id the JobManager gave it. */
    String upload(Path jar) throws IOException, InterruptedException {
        String boundary = "riffle-" + UUID.randomUUID();
        String name = jar.getFileName().toString().replace("\"", "_");
        String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"jarfile\"; filename=\"" + name + "\"\r\n"
                + "Content-Type: application/java-archive\r\n\r\n";
        String tail = "\r\n--" + boundary + "--\r\n";
        HttpRequest request = request("/jars/upload", UPLOAD_TIMEOUT).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.concat(HttpRequest.BodyPublishers.ofString(head, StandardCharsets.UTF_8),
                        HttpRequest.BodyPublishers.ofFile(jar), HttpRequest.BodyPublishers.ofString(tail, StandardCharsets.UTF_8)))
                .build();
        String filename = String.valueOf(send(request).get("filename"));
        return filename.substring(filename.lastIndexOf('/') + 1);
    }

    static String encode(String segment) {
        return URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private HttpRequest.Builder request(String path, Duration timeout) {
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(timeout);
    }

    private Map<?, ?> send(HttpRequest request) throws IOException, InterruptedException {
        return object(sendText(request));
    }

    private static Map<?, ?> object(String text) throws IOException {
        Object json;
        try {
            json = text.isBlank() ? Map.of() : JsonReader.read(text);
        } catch (IllegalArgumentException e) {
            throw new IOException("the JobManager's answer is no JSON: " + e.getMessage(), e);
        }
        if (!(json instanceof Map<?, ?> map)) {
            throw new IOException("the JobManager answered with JSON that is no object");
        }
        return map;
    }

    private String sendText(HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
        Object json;
        try {
            json = response.body().isBlank() ? Map.of() : JsonReader.read(response.body());
        } catch (IllegalArgumentException e) {
            throw new IOException("the JobManager answered " + request.method() + " " + request.uri().getPath() + " with HTTP "
                    + response.statusCode() + " and no JSON: " + e.getMessage(), e);
        }
        if (response.statusCode() / 100 != 2) {
            Object errors = json instanceof Map<?, ?> map ? map.get("errors") : null;
            String message = errors instanceof List<?> list && !list.isEmpty() ? String.valueOf(list.get(0))
                    : "HTTP " + response.statusCode() + " for " + request.method() + " " + request.uri().getPath();
            throw new RestException(response.statusCode(), message);
        }
        return response.body();
    }
}
