package io.riffle.taskmanager.internal.network;

import static org.junit.Assert.fail;

import io.riffle.core.io.InputStatus;
import io.riffle.taskmanager.internal.network.input.DataOutput;
import io.riffle.taskmanager.internal.network.input.StreamTaskNetworkInput;
import io.riffle.taskmanager.internal.streamrecord.StreamElement;
import io.riffle.taskmanager.internal.streamrecord.StreamRecord;
import io.riffle.taskmanager.internal.streamrecord.Watermark;
import io.riffle.taskmanager.internal.streamrecord.WatermarkStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Reads a network input the way a task thread does: emit while MORE_AVAILABLE, and on
 * NOTHING_AVAILABLE sleep on a condition that only the gate's availability listener signals. A
 * lost notification shows as a wait that times out, which fails the test instead of hanging it.
 */
public final class TestingNetworkReader<T> implements DataOutput<T> {

    private final StreamTaskNetworkInput<T> input;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition signalled = lock.newCondition();
    private boolean available;
    private final List<StreamElement> elements = new ArrayList<>();
    private int notifications;
    private int waits;

    public TestingNetworkReader(StreamTaskNetworkInput<T> input) {
        this.input = input;
        input.getGate().setAvailabilityListener(this::onAvailable);
    }

    private void onAvailable() {
        lock.lock();
        try {
            notifications++;
            available = true;
            signalled.signal();
        } finally {
            lock.unlock();
        }
    }

    /** Reads until END_OF_INPUT; returns copies of the elements in the order they came. */
    public List<StreamElement> readToEnd() throws Exception {
        while (true) {
            InputStatus status = input.emitNext(this);
            if (status == InputStatus.END_OF_INPUT) {
                return elements;
            }
            if (status == InputStatus.NOTHING_AVAILABLE) {
                awaitAvailable();
            }
        }
    }

    /** Calls emitNext until NOTHING_AVAILABLE or END_OF_INPUT, without waiting; returns the last status. */
    public InputStatus readAvailable() throws Exception {
        InputStatus status;
        do {
            status = input.emitNext(this);
        } while (status == InputStatus.MORE_AVAILABLE);
        return status;
    }

    /** Sleeps until the gate's listener has run since the last call; fails after the deadline. */
    public void awaitAvailable() throws InterruptedException {
        lock.lock();
        try {
            waits++;
            while (!available) {
                if (!signalled.await(TestingConditions.DEADLINE_MILLIS, TimeUnit.MILLISECONDS)) {
                    fail("no availability notification within " + TestingConditions.DEADLINE_MILLIS + " ms after " + elements.size()
                            + " elements: a notification was lost");
                }
            }
            available = false;
        } finally {
            lock.unlock();
        }
    }

    public List<StreamElement> elements() {
        return elements;
    }

    /** How often the reader found nothing and slept until notified. */
    public int waits() {
        lock.lock();
        try {
            return waits;
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void emitRecord(StreamRecord<T> record) {
        elements.add(record.hasTimestamp() ? new StreamRecord<>(record.getValue(), record.getTimestamp()) : new StreamRecord<>(record.getValue()));
    }

    @Override
    public void emitWatermark(Watermark watermark) {
        elements.add(watermark);
    }

    @Override
    public void emitWatermarkStatus(WatermarkStatus watermarkStatus) {
        elements.add(watermarkStatus);
    }
}
