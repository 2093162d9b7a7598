package io.riffle.runtime.rpc.gateway;

import io.riffle.runtime.taskexecutor.SlotOffer;
import java.util.List;

/** The answer to {@link OfferSlots}: the offers the JobMaster accepted. */
public record AcceptedSlots(List<SlotOffer> offers) {

    public AcceptedSlots {
        offers = List.copyOf(offers);
    }
}
