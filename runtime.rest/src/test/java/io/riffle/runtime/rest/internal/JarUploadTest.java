package io.riffle.runtime.rest.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import io.riffle.api.common.JobID;
import io.riffle.runtime.status.TaskManagerInfo;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.After;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** POST /jars/upload on a real socket: multipart streaming, checks of the bundle, limits, and the jar routes after it. */
public class JarUploadTest {

    private static final int MAX_BYTES = 64 * 1024;

    @Rule
    public TemporaryFolder temp = new TemporaryFolder();

    private TestingBlobStore blobs;
    private TestingApplicationRunner runner;
    private RestServer server;
    private final HttpClient client = HttpClient.newHttpClient();

    @Before
    public void start() throws Exception {
        blobs = new TestingBlobStore(temp.newFolder("blobs").toPath());
        runner = new TestingApplicationRunner();
        Jars jars = new Jars(blobs, MAX_BYTES);
        TestCluster cluster = new TestCluster(List.of(), List.of(new TaskManagerInfo("tm-1", 2, 2)));
        server = RestServer.start("127.0.0.1", 0, RestApi.router(cluster, jars, runner), jars);
    }

    @After
    public void stop() {
        server.close();
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.address().getPort() + path);
    }

    private HttpResponse<String> upload(byte[] body, String contentType) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(uri("/jars/upload")).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> upload(String field, String fileName, byte[] content) throws IOException, InterruptedException {
        return upload(TestJars.multipart(field, fileName, content), "multipart/form-data; boundary=" + TestJars.BOUNDARY);
    }

    private HttpResponse<String> send(String method, String path, String body) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(uri(path)).method(method, HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String jarId(HttpResponse<String> uploaded) {
        String body = uploaded.body();
        int start = body.indexOf("\"filename\":\"") + "\"filename\":\"".length();
        return body.substring(start, body.indexOf('"', start));
    }

    @Test
    public void aBundleIsStoredListedRunAndDeleted() throws Exception {
        HttpResponse<String> uploaded = upload("jarfile", "../my job.jar", TestJars.jar("com.example.job", "com.example.Main"));
        assertEquals(uploaded.body(), 200, uploaded.statusCode());
        assertTrue(uploaded.body(), uploaded.body().matches("\\{\"filename\":\"[0-9a-f-]{36}_my_job\\.jar\",\"status\":\"success\"}"));
        assertEquals(1, blobs.keys.size());
        String id = jarId(uploaded);

        String list = send("GET", "/jars", "").body();
        assertTrue(list, list.startsWith("{\"files\":[{\"id\":\"" + id + "\",\"name\":\"my_job.jar\",\"uploaded\":"));
        assertTrue(list, list.endsWith("\"entry\":[{\"name\":\"com.example.Main\",\"description\":null}]}]}"));

        HttpResponse<String> run = send("POST", "/jars/" + id + "/run", "{\"entryClass\":\"com.example.Other\",\"programArgsList\":[\"--in\",\"a b\"],"
                + "\"parallelism\":3}");
        assertEquals(run.body(), 200, run.statusCode());
        assertEquals("{\"jobid\":\"" + new JobID(7, 8) + "\"}", run.body());
        assertEquals("com.example.Other", runner.requests.get(0).entryClass());
        assertEquals(List.of("--in", "a b"), runner.requests.get(0).args());
        assertEquals(3, runner.requests.get(0).parallelism());
        assertEquals(blobs.keys.iterator().next(), runner.requests.get(0).bundle());

        assertEquals(200, send("DELETE", "/jars/" + id, "").statusCode());
        assertEquals("{\"files\":[]}", send("GET", "/jars", "").body());
        assertTrue("the blob is gone", blobs.keys.isEmpty());
        assertEquals(404, send("DELETE", "/jars/" + id, "").statusCode());
    }

    @Test
    public void aCorruptZipIs400AndNothingIsKept() throws Exception {
        HttpResponse<String> answer = upload("jarfile", "broken.jar", "PK\u0003\u0004 this is no zip".getBytes(StandardCharsets.ISO_8859_1));
        assertEquals(400, answer.statusCode());
        assertTrue(answer.body(), answer.body().contains("broken.jar is not a JAR file"));
        assertTrue(blobs.keys.isEmpty());
        assertEquals("{\"files\":[]}", send("GET", "/jars", "").body());
    }

    @Test
    public void aJarThatIsNoBundleIs400() throws Exception {
        HttpResponse<String> answer = upload("jarfile", "plain.jar", TestJars.jar(null, "com.example.Main"));
        assertEquals(400, answer.statusCode());
        assertTrue(answer.body(), answer.body().contains("plain.jar is a JAR but no job bundle: its manifest has no Bundle-SymbolicName"));
        assertTrue(blobs.keys.isEmpty());
    }

    @Test
    public void anOversizedUploadIs413AndTheServerKeepsServing() throws Exception {
        byte[] big = new byte[MAX_BYTES + 1];
        HttpResponse<String> answer = upload("jarfile", "big.jar", big);
        assertEquals(413, answer.statusCode());
        assertTrue(answer.body(), answer.body().contains("exceeds " + MAX_BYTES + " bytes (rest.server.max-content-length)"));
        assertTrue(blobs.keys.isEmpty());
        assertEquals(200, send("GET", "/overview", "").statusCode());
    }

    @Test
    public void aMissingFileFieldIs400() throws Exception {
        HttpResponse<String> answer = upload("otherfield", "job.jar", TestJars.jar("a", null));
        assertEquals(400, answer.statusCode());
        assertTrue(answer.body(), answer.body().contains("the multipart body has no file field 'jarfile'"));
        assertEquals(200, send("GET", "/overview", "").statusCode());
    }

    @Test
    public void aBodyThatIsNotMultipartIs400() throws Exception {
        HttpResponse<String> answer = upload("{}".getBytes(StandardCharsets.US_ASCII), "application/json");
        assertEquals(400, answer.statusCode());
        assertTrue(answer.body(), answer.body().contains("upload the job bundle as multipart/form-data field 'jarfile'"));
        assertEquals(200, send("GET", "/overview", "").statusCode());
    }

    @Test
    public void aBundleWithoutMainClassIsListedWithoutEntry() throws Exception {
        assertEquals(200, upload("jarfile", "lib.jar", TestJars.jar("com.example.lib", null)).statusCode());
        assertTrue(send("GET", "/jars", "").body().contains("\"entry\":[]"));
    }
}
