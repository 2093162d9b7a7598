package io.riffle.runtime.rest.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import io.riffle.runtime.status.TaskManagerInfo;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/** The server on a real socket: answers, bad requests close only their own connection, and it keeps serving. */
public class RestServerTest {

    private RestServer server;

    @Before
    public void start() throws Exception {
        TestCluster cluster = new TestCluster(List.of(), List.of(new TaskManagerInfo("tm-1", 2, 2)));
        Jars jars = new Jars(new TestingBlobStore(null), 1024);
        server = RestServer.start("127.0.0.1", 0, RestApi.router(cluster, jars, new TestingApplicationRunner()), jars);
    }

    @After
    public void stop() {
        server.close();
    }

    /** Sends raw bytes, then reads until the server closes the connection. */
    private String exchange(byte[] request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", server.address().getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            try {
                out.write(request);
                out.flush();
            } catch (IOException e) {
                // the server may close before the whole of an oversized request is written; its answer is still readable
            }
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            try {
                for (int n; (n = in.read(buffer)) >= 0; ) {
                    answer.write(buffer, 0, n);
                }
            } catch (IOException e) {
                // a reset after the answer arrived
            }
            return answer.toString(StandardCharsets.UTF_8);
        }
    }

    private String get(String path) throws IOException {
        return exchange(("GET " + path + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
    }

    @Test
    public void answersGetWithJson() throws IOException {
        String answer = get("/taskmanagers");
        assertTrue(answer, answer.startsWith("HTTP/1.1 200 OK"));
        assertTrue(answer, answer.contains("content-type: application/json"));
        assertTrue(answer, answer.contains("{\"taskmanagers\":[{\"id\":\"tm-1\",\"slotsNumber\":2,\"freeSlots\":2,"));
    }

    @Test
    public void unknownPathIs404() throws IOException {
        String answer = get("/nothing");
        assertTrue(answer, answer.startsWith("HTTP/1.1 404 Not Found"));
        assertTrue(answer, answer.endsWith("{\"errors\":[\"Not found: /nothing\"]}"));
    }

    @Test
    public void postIs405WithAllow() throws IOException {
        String answer = exchange("POST /overview HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}"
                .getBytes(StandardCharsets.US_ASCII));
        assertTrue(answer, answer.startsWith("HTTP/1.1 405 Method Not Allowed"));
        assertTrue(answer, answer.contains("allow: GET"));
    }

    @Test
    public void garbageIs400AndClosesThenTheServerKeepsServing() throws IOException {
        String answer = exchange("\u0001\u0002 garbage that is no request\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
        assertTrue(answer, answer.startsWith("HTTP/1.1 400 Bad Request"));
        assertTrue(answer, answer.contains("\"errors\":[\"Bad request: "));
        assertTrue(get("/overview").startsWith("HTTP/1.1 200 OK"));
    }

    @Test
    public void oversizedBodyIs400AndCloses() throws IOException {
        int size = RestServer.MAX_CONTENT_LENGTH + 1;
        byte[] head = ("POST /overview HTTP/1.1\r\nHost: x\r\nContent-Length: " + size + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        byte[] request = new byte[head.length + size];
        System.arraycopy(head, 0, request, 0, head.length);
        String answer = exchange(request);
        assertTrue(answer, answer.startsWith("HTTP/1.1 400 Bad Request"));
        assertTrue(answer, answer.contains("exceeds 1048576 bytes"));
        assertTrue(get("/overview").startsWith("HTTP/1.1 200 OK"));
    }

    @Test
    public void oversizedHeadersAre400() throws IOException {
        String answer = exchange(("GET /overview HTTP/1.1\r\nX-Big: " + "a".repeat(RestServer.MAX_HEADER_SIZE + 10) + "\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        assertTrue(answer, answer.startsWith("HTTP/1.1 400 Bad Request"));
        assertEquals(true, get("/overview").startsWith("HTTP/1.1 200 OK"));
    }

    @Test
    public void keepAliveServesSeveralRequestsOnOneConnection() throws IOException {
        String two = "GET /overview HTTP/1.1\r\nHost: x\r\n\r\nGET /nothing HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n";
        String answer = exchange(two.getBytes(StandardCharsets.US_ASCII));
        assertTrue(answer, answer.startsWith("HTTP/1.1 200 OK"));
        assertTrue(answer, answer.contains("HTTP/1.1 404 Not Found"));
    }
}
