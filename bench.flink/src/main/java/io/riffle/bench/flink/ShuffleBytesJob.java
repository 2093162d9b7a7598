package io.riffle.bench.flink;

import io.riffle.bench.digest.DigestFormat;
import io.riffle.bench.digest.Payload;
import org.apache.flink.api.common.JobExecutionResult;
import org.apache.flink.api.common.accumulators.LongCounter;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.functions.RichFlatMapFunction;
import org.apache.flink.api.common.typeinfo.PrimitiveArrayTypeInfo;
import org.apache.flink.connector.datagen.source.DataGeneratorSource;
import org.apache.flink.connector.datagen.source.GeneratorFunction;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.functions.sink.v2.DiscardingSink;
import org.apache.flink.util.Collector;

/** J4: 100-byte payloads → {@code rebalance()} → count, sum of ids, sum of last bytes. */
final class ShuffleBytesJob implements FlinkJob {

    @Override
    public void addTo(StreamExecutionEnvironment env, long records) {
        env.fromSource(new DataGeneratorSource<>(new Payloads(), records, PrimitiveArrayTypeInfo.BYTE_PRIMITIVE_ARRAY_TYPE_INFO),
                        WatermarkStrategy.noWatermarks(), "payload")
                .rebalance()
                .flatMap(new Digest())
                .sinkTo(new DiscardingSink<>());
    }

    @Override
    public String digest(JobExecutionResult result) {
        return DigestFormat.shuffleBytes(FlinkJob.counter(result, "count"), FlinkJob.counter(result, "idSum"),
                FlinkJob.counter(result, "lastByteSum"));
    }

    static final class Payloads implements GeneratorFunction<Long, byte[]> {

        private static final long serialVersionUID = 1L;

        @Override
        public byte[] map(Long index) {
            return Payload.of(index);
        }
    }

    static final class Digest extends RichFlatMapFunction<byte[], byte[]> {

        private static final long serialVersionUID = 1L;

        private transient LongCounter count;
        private transient LongCounter idSum;
        private transient LongCounter lastByteSum;

        @Override
        public void open(OpenContext openContext) {
            count = getRuntimeContext().getLongCounter("count");
            idSum = getRuntimeContext().getLongCounter("idSum");
            lastByteSum = getRuntimeContext().getLongCounter("lastByteSum");
        }

        @Override
        public void flatMap(byte[] payload, Collector<byte[]> out) {
            count.add(1L);
            idSum.add(Payload.id(payload));
            lastByteSum.add(Payload.lastByte(payload));
        }
    }
}
