package io.riffle.jobmanager.internal.resourcemanager;

import io.riffle.runtime.provider.WorkerId;
import io.riffle.runtime.provider.WorkerSpec;
import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** Worker requests waiting for a provider, oldest first, up to a limit. Not thread-safe: main thread only. */
final class PendingWorkerRequests {

    record Request(WorkerSpec spec, CompletableFuture<WorkerId> result) { }

    private final ArrayDeque<Request> requests = new ArrayDeque<>();
    private int capacity;

    PendingWorkerRequests(int capacity) {
        this.capacity = capacity;
    }

    /** Changes the limit; requests already waiting beyond a lower limit keep waiting. */
    void setCapacity(int capacity) {
        this.capacity = capacity;
    }

    int capacity() {
        return capacity;
    }

    /** Adds the request, or returns false if the limit is reached. */
    boolean offer(Request request) {
        if (requests.size() >= capacity) {
            return false;
        }
        requests.add(request);
        return true;
    }

    /** Removes and returns all waiting requests, oldest first. */
    List<Request> drain() {
        List<Request> drained = List.copyOf(requests);
        requests.clear();
        return drained;
    }

    int size() {
        return requests.size();
    }
}
