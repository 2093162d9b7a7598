package io.riffle.taskmanager.internal.timers;

import java.util.Arrays;

/**
 * A binary min-heap of timers ordered by {@link KeyedTimer#firesBefore}. Each timer knows its index,
 * so removing an arbitrary timer is O(log n) like adding and polling.
 */
final class TimerHeap<K> {

    private KeyedTimer<K>[] heap;
    private int size;

    @SuppressWarnings("unchecked")
    TimerHeap() {
        heap = (KeyedTimer<K>[]) new KeyedTimer[16];
    }

    int size() {
        return size;
    }

    KeyedTimer<K> peek() {
        return size == 0 ? null : heap[0];
    }

    void add(KeyedTimer<K> timer) {
        if (size == heap.length) {
            heap = Arrays.copyOf(heap, size * 2);
        }
        heap[size] = timer;
        timer.heapIndex = size;
        size++;
        siftUp(timer.heapIndex);
    }

    KeyedTimer<K> poll() {
        if (size == 0) {
            return null;
        }
        KeyedTimer<K> first = heap[0];
        removeAt(0);
        return first;
    }

    /** Removes {@code timer}, which must be in this heap. */
    void remove(KeyedTimer<K> timer) {
        removeAt(timer.heapIndex);
    }

    private void removeAt(int index) {
        KeyedTimer<K> removed = heap[index];
        size--;
        KeyedTimer<K> last = heap[size];
        heap[size] = null;
        removed.heapIndex = -1;
        if (index == size) {
            return;
        }
        place(last, index);
        // The moved timer may belong above or below the hole it filled.
        siftDown(index);
        siftUp(last.heapIndex);
    }

    private void siftUp(int index) {
        KeyedTimer<K> timer = heap[index];
        while (index > 0) {
            int parent = (index - 1) >>> 1;
            if (!timer.firesBefore(heap[parent])) {
                break;
            }
            place(heap[parent], index);
            index = parent;
        }
        place(timer, index);
    }

    private void siftDown(int index) {
        KeyedTimer<K> timer = heap[index];
        int half = size >>> 1;
        while (index < half) {
            int child = 2 * index + 1;
            int right = child + 1;
            if (right < size && heap[right].firesBefore(heap[child])) {
                child = right;
            }
            if (!heap[child].firesBefore(timer)) {
                break;
            }
            place(heap[child], index);
            index = child;
        }
        place(timer, index);
    }

    private void place(KeyedTimer<K> timer, int index) {
        heap[index] = timer;
        timer.heapIndex = index;
    }
}
