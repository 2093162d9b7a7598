package io.riffle.runtime.rpc.codec;

/**
 * The wire type id of every cluster message, in one place. An id, once released, keeps its meaning:
 * retire it rather than reuse it, and add new messages in the gaps.
 *
 * <p>Ranges go by the component that receives the message; a message that travels both ways sits
 * with the package that defines it.
 *
 * <table>
 * <caption>type id ranges</caption>
 * <tr><th>range</th><th>messages</th></tr>
 * <tr><td>1–99</td><td>ids and values every component uses</td></tr>
 * <tr><td>100–199</td><td>to the TaskExecutor: deployment, operator events</td></tr>
 * <tr><td>200–299</td><td>to the JobMaster: task states, slot offers</td></tr>
 * <tr><td>300–399</td><td>to the ResourceManager: registration</td></tr>
 * <tr><td>400–499</td><td>from the Dispatcher: job listings and results</td></tr>
 * <tr><td>500–999</td><td>free</td></tr>
 * <tr><td>1000–1999</td><td>gateway requests and answers, and {@code RpcAddress}: listed in {@code
 * io.riffle.runtime.rpc.gateway.GatewayMessageTypeIds}</td></tr>
 * <tr><td>2000–0xFEFF</td><td>free</td></tr>
 * <tr><td>0xFF00–0xFFFF</td><td>the RPC layer's own frames: {@code RpcRequest} 0xFF00, {@code RpcResponse} 0xFF01</td></tr>
 * </table>
 *
 * <p>This class lists the ids below 1000 (the messages of {@link ClusterMessageCodecs}); the other
 * ranges are listed where their codecs live, and one process registry holds them all, so a clash
 * fails at its construction.
 */
public final class MessageTypeIds {

    // 1–99: ids and values every component uses
    public static final int JOB_ID = 1;
    public static final int JOB_STATUS = 2;
    public static final int EXECUTION_STATE = 3;
    public static final int EXECUTION_ATTEMPT_ID = 4;
    public static final int ALLOCATION_ID = 5;
    public static final int RESOURCE_ID = 6;
    public static final int SLOT_ID = 7;
    public static final int JOB_VERTEX_ID = 8;
    public static final int INTERMEDIATE_DATA_SET_ID = 9;
    public static final int RESULT_PARTITION_ID = 10;
    public static final int KEY_GROUP_RANGE = 11;
    public static final int TASK_MANAGER_LOCATION = 12;
    public static final int BLOB_KEY = 13;
    /** Any {@link Throwable}; decodes as a {@link SerializedThrowable}. */
    public static final int THROWABLE = 20;

    // 100–199: to the TaskExecutor
    public static final int TASK_DEPLOYMENT_DESCRIPTOR = 100;
    public static final int RESULT_PARTITION_DEPLOYMENT_DESCRIPTOR = 101;
    public static final int INPUT_GATE_DEPLOYMENT_DESCRIPTOR = 102;
    public static final int INPUT_CHANNEL_DEPLOYMENT_DESCRIPTOR = 103;
    /** Operator events travel both ways (reader to enumerator and back). */
    public static final int OPERATOR_EVENT_REQUEST_SPLIT = 110;
    public static final int OPERATOR_EVENT_ADD_SPLITS = 111;
    public static final int OPERATOR_EVENT_NO_MORE_SPLITS = 112;

    // 200–299: to the JobMaster
    /** An {@link EncodedTaskExecutionState}. */
    public static final int TASK_EXECUTION_STATE = 200;
    public static final int SLOT_OFFER = 201;

    // 300–399: to the ResourceManager
    public static final int TASK_EXECUTOR_REGISTRATION = 300;

    // 400–499: from the Dispatcher
    public static final int JOB_STATUS_MESSAGE = 400;
    /** An {@link EncodedJobResult}. */
    public static final int JOB_RESULT = 401;

    private MessageTypeIds() {}
}
