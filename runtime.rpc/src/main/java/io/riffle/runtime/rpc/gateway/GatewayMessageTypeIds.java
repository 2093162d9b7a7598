package io.riffle.runtime.rpc.gateway;

/**
 * The wire type ids of the gateway requests and answers, in the range 1000–1999 that {@link
 * io.riffle.runtime.rpc.codec.MessageTypeIds} reserves for them. As there, an id once released keeps
 * its meaning; the hundreds go by the gateway that receives the request.
 *
 * <table>
 * <caption>type id ranges</caption>
 * <tr><th>range</th><th>messages</th></tr>
 * <tr><td>1000–1099</td><td>values every gateway uses: addresses</td></tr>
 * <tr><td>1100–1199</td><td>TaskExecutorGateway calls</td></tr>
 * <tr><td>1200–1299</td><td>JobMasterGateway calls and answers</td></tr>
 * <tr><td>1300–1399</td><td>ResourceManagerGateway calls</td></tr>
 * <tr><td>1400–1499</td><td>free (the Dispatcher's gateway should take them)</td></tr>
 * <tr><td>1500–1599</td><td>BlobServerGateway calls and answers</td></tr>
 * <tr><td>1600–1999</td><td>free</td></tr>
 * </table>
 */
public final class GatewayMessageTypeIds {

    public static final int RPC_ADDRESS = 1000;

    public static final int REQUEST_SLOT = 1100;
    public static final int FREE_SLOT = 1101;
    public static final int SUBMIT_TASK = 1102;
    public static final int CANCEL_TASK = 1103;
    public static final int SEND_OPERATOR_EVENT = 1104;
    public static final int HEARTBEAT_FROM_RESOURCE_MANAGER = 1105;
    public static final int HEARTBEAT_FROM_JOB_MANAGER = 1106;

    public static final int OFFER_SLOTS = 1200;
    public static final int ACCEPTED_SLOTS = 1201;
    public static final int UPDATE_TASK_EXECUTION_STATE = 1202;
    public static final int SEND_OPERATOR_EVENT_TO_COORDINATOR = 1203;
    public static final int HEARTBEAT_FROM_TASK_MANAGER = 1204;

    public static final int REGISTER_TASK_EXECUTOR = 1300;
    public static final int DISCONNECT_TASK_EXECUTOR = 1301;
    public static final int DECLARE_REQUIRED_SLOTS = 1302;
    public static final int NOTIFY_SLOT_AVAILABLE = 1303;

    public static final int READ_BLOB = 1500;
    public static final int BLOB_CHUNK = 1501;

    private GatewayMessageTypeIds() {}
}
