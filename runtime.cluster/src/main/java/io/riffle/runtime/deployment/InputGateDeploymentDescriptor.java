package io.riffle.runtime.deployment;

import java.util.List;

/** The channels of the subtask's input, over all edges it reads (a union reads several). */
public record InputGateDeploymentDescriptor(List<InputChannelDeploymentDescriptor> channels) {

    public InputGateDeploymentDescriptor {
        channels = List.copyOf(channels);
        if (channels.isEmpty()) {
            throw new IllegalArgumentException("an input gate needs at least one channel");
        }
    }
}
