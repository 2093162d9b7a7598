/**
 * The cluster gateways across processes. A process serves its local TaskExecutor, JobMaster or
 * ResourceManager with {@link io.riffle.runtime.rpc.gateway.GatewayEndpoints} and calls those of
 * other processes through {@link io.riffle.runtime.rpc.gateway.RemoteTaskExecutorGateway}, {@link
 * io.riffle.runtime.rpc.gateway.RemoteJobMasterGateway} and {@link
 * io.riffle.runtime.rpc.gateway.RemoteResourceManagerGateway}, which implement the gateway interfaces
 * of {@code runtime.cluster}: the JobManager and TaskManager code cannot tell a remote gateway from a
 * local one.
 *
 * <p>Each gateway method that travels has one request record (answers are {@code null}, except
 * {@link io.riffle.runtime.rpc.gateway.AcceptedSlots}) with an explicit codec in {@link
 * io.riffle.runtime.rpc.gateway.GatewayMessageCodecs}, type ids in {@link
 * io.riffle.runtime.rpc.gateway.GatewayMessageTypeIds}. A gateway argument travels as its {@link
 * io.riffle.runtime.rpc.RpcAddress}, found by {@link io.riffle.runtime.rpc.gateway.GatewayAddresses},
 * and arrives as a remote gateway. An address carries the fencing token of the leader session it
 * means, so calls from a process that holds an earlier session's address are rejected.
 *
 * <p>This bundle provides everything here; the JobManager and TaskManager bundles use it. The
 * request records are sealed per gateway; nobody else implements them.
 */
@Version("1.1.0")
package io.riffle.runtime.rpc.gateway;

import org.osgi.annotation.versioning.Version;
