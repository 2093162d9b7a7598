package io.riffle.jobmanager.internal.dispatcher;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.osgi.service.metatype.annotations.Option;

/**
 * What the Dispatcher's JobMasters read from the shared cluster configuration
 * ({@value Dispatcher#CLUSTER_PID}), which the launcher writes from riffle.yaml, one property per key.
 */
@ObjectClassDefinition(name = "Riffle JobMasters", description = "Heartbeats, restart strategy and slot timeout of every job.")
public @interface JobMasterConfiguration {

    @AttributeDefinition(name = "Heartbeat interval (ms)", description = "How often a JobMaster asks its TaskManagers for a heartbeat.",
            min = "1")
    long heartbeat_interval() default 1_000;

    @AttributeDefinition(name = "Heartbeat timeout (ms)", description = "How long without an answer before a TaskManager is lost.",
            min = "2")
    long heartbeat_timeout() default 5_000;

    @AttributeDefinition(name = "Restart strategy", description = "none or fixed-delay (restart-strategy.type).",
            options = {@Option(value = "none"), @Option(value = "fixed-delay")})
    String restart$_$strategy_type() default "none";

    @AttributeDefinition(name = "Restart attempts", description = "restart-strategy.fixed-delay.attempts", min = "0")
    int restart$_$strategy_fixed$_$delay_attempts() default 1;

    @AttributeDefinition(name = "Restart delay (ms)", description = "restart-strategy.fixed-delay.delay", min = "0")
    long restart$_$strategy_fixed$_$delay_delay() default 1_000;

    @AttributeDefinition(name = "Slot request timeout (ms)", description = "slot.request.timeout", min = "1")
    long slot_request_timeout() default 300_000;
}
