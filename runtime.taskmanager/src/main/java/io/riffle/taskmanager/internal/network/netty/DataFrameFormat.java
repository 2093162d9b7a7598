package io.riffle.taskmanager.internal.network.netty;

/**
 * The wire format of the data protocol, in one place for encoder, decoder and docs. All integers
 * are big-endian; ids of 128 bits are written as two longs (most significant first).
 *
 * <pre>
 * frame header (8 bytes): magic 0x52 0x44 ("RD"), version (1), type id (1 byte), payload length (int32)
 *
 * 1 PartitionRequest (60): dataSetId (16) | partitionIndex (4) | producer attempt id (16)
 *                          | subpartitionIndex (4) | receiverId (16) | credit (4)
 * 2 BufferResponse (29 + n): receiverId (16) | sequenceNumber (4) | backlog (4) | flags (1, bit 0: event)
 *                          | n (4) | n bytes of the buffer
 * 3 AddCredit (20):        receiverId (16) | credit (4, positive)
 * 4 CancelPartitionRequest (16): receiverId (16)
 * 5 ErrorResponse (5 + [16] + m): flags (1, bit 0: has receiver) | [receiverId (16)] | m (4) | m bytes UTF-8 message
 * </pre>
 *
 * A payload must be exactly as long as its fields say. The maximum payload is configured
 * ({@link ExchangeSettings#maxFrameSize()}) and must hold one network buffer plus
 * {@link #BUFFER_RESPONSE_OVERHEAD}; the decoder checks magic, version, type and length before it
 * waits for or allocates anything.
 */
final class DataFrameFormat {

    static final byte MAGIC_0 = 0x52; // 'R'
    static final byte MAGIC_1 = 0x44; // 'D'
    static final byte VERSION = 1;

    static final int MAGIC_LENGTH = 2;
    static final int VERSION_OFFSET = 2;
    static final int TYPE_OFFSET = 3;
    static final int LENGTH_OFFSET = 4;
    static final int HEADER_LENGTH = 8;

    static final int ID_LENGTH = 16;
    static final int PARTITION_REQUEST_LENGTH = ID_LENGTH + 4 + ID_LENGTH + 4 + ID_LENGTH + 4;
    /** The fields of a buffer response before its bytes. */
    static final int BUFFER_RESPONSE_OVERHEAD = ID_LENGTH + 4 + 4 + 1 + 4;
    static final int ADD_CREDIT_LENGTH = ID_LENGTH + 4;
    static final int CANCEL_LENGTH = ID_LENGTH;
    static final int ERROR_MIN_LENGTH = 1 + 4;

    static final int FLAG_EVENT = 1;
    static final int FLAG_HAS_RECEIVER = 1;

    private DataFrameFormat() {}

    static boolean isKnownType(int typeId) {
        return typeId >= PartitionRequest.TYPE_ID && typeId <= ErrorResponse.TYPE_ID;
    }
}
